"""The report's charts as PNG bytes, drawn with matplotlib's Agg backend (no display needed).

Colours follow the dashboard: QuadClass 1–4 from verbal cooperation (green) to material
conflict (red); Goldstein means on a red–green scale centred on 0.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import timedelta

import matplotlib

matplotlib.use("Agg")  # before pyplot: files only, never a window
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.colors import TwoSlopeNorm  # noqa: E402

from ..analyse import Dyad, MapPoint, Timeseries  # noqa: E402
from .world import country_rings  # noqa: E402

QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
QUAD_COLOURS = {"1": "#66bd63", "2": "#1a9850", "3": "#f46d43", "4": "#a50026"}
GOLDSTEIN_NORM = TwoSlopeNorm(vmin=-10, vcenter=0, vmax=10)
GOLDSTEIN_CMAP = "RdYlGn"
DPI = 100


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def timeline_png(series: Timeseries, title: str) -> bytes:
    """Stacked bars of events per period by QuadClass, with the mean Goldstein as a line."""
    fig, bars = plt.subplots(figsize=(10, 4))
    periods = [p.period for p in series.points]
    width = {"day": 0.8, "week": 5.5, "month": 24.0}[series.interval]
    bottom = [0] * len(periods)
    for quad, colour in QUAD_COLOURS.items():
        heights = [p.quad.get(quad, 0) for p in series.points]
        bars.bar(periods, heights, width=width, bottom=bottom, color=colour, label=f"{quad} {QUAD_NAMES[quad]}", align="edge")
        bottom = [b + h for b, h in zip(bottom, heights)]
    bars.set_ylabel(f"events per {series.interval}")
    bars.set_title(title)
    goldstein = bars.twinx()
    middles = [p + timedelta(days=width / 2) for p in periods]  # bars start at their period
    # Dots, not a line: periods without events are left out, and a line would bridge the gaps.
    goldstein.plot(middles, [p.mean_goldstein for p in series.points], color="#333333", marker="o", markersize=3,
                   linestyle="none", label="mean Goldstein")
    goldstein.axhline(0, color="#999999", linewidth=0.5)
    goldstein.set_ylim(-10, 10)
    goldstein.set_ylabel("mean Goldstein")
    handles = bars.get_legend_handles_labels()[0] + goldstein.get_legend_handles_labels()[0]
    bars.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize=8)
    fig.autofmt_xdate()
    return _png(fig)


def dyads_png(dyads: Sequence[Dyad], title: str) -> bytes:
    """Horizontal bars of the busiest dyads, coloured by their mean Goldstein."""
    shown = list(dyads)[::-1]  # busiest at the top
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(shown) + 1.2))
    cmap = plt.get_cmap(GOLDSTEIN_CMAP)
    colours = [cmap(GOLDSTEIN_NORM(d.mean_goldstein if d.mean_goldstein is not None else 0.0)) for d in shown]
    ax.barh([f"{d.source} → {d.target}" for d in shown], [d.events for d in shown], color=colours)
    ax.set_xlabel("events")
    ax.set_title(title)
    fig.colorbar(plt.cm.ScalarMappable(norm=GOLDSTEIN_NORM, cmap=cmap), ax=ax, label="mean Goldstein", pad=0.02)
    return _png(fig)


def map_png(points: Sequence[MapPoint], title: str) -> bytes:
    """Country outlines (equirectangular) with a circle per place, area by event count."""
    fig, ax = plt.subplots(figsize=(12, 6))
    for ring in country_rings():
        xs, ys = zip(*ring)
        ax.fill(xs, ys, facecolor="#eeeeee", edgecolor="#aaaaaa", linewidth=0.3)
        if max(xs) > 180:  # a ring unwrapped across the date line: draw its western part too
            ax.fill([x - 360 for x in xs], ys, facecolor="#eeeeee", edgecolor="#aaaaaa", linewidth=0.3)
    if points:
        most = max(p.events for p in points)
        ax.scatter([p.lon for p in points], [p.lat for p in points], s=[20 + 400 * p.events / most for p in points],
                   c=[p.mean_goldstein if p.mean_goldstein is not None else 0.0 for p in points], cmap=GOLDSTEIN_CMAP,
                   norm=GOLDSTEIN_NORM, alpha=0.75, edgecolors="#333333", linewidths=0.5, zorder=3)
        for p in sorted(points, key=lambda p: -p.events)[:10]:
            ax.annotate(p.name, (p.lon, p.lat), xytext=(4, 4), textcoords="offset points", fontsize=7, zorder=4)
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title)
    return _png(fig)
