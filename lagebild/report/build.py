"""Gather the report's numbers from the store, draw its charts and write the files."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .. import __version__
from ..analyse import EventFilter, dyads, map_points, summary, timeseries, top_actors
from ..dates import as_date
from ..errors import ErrorCode, LagebildError
from ..store.db import Store
from . import charts

TEMPLATE = "report.html.j2"


@dataclass(frozen=True)
class Report:
    html: Path
    charts: tuple[Path, ...]
    events: int  # asserted events (or the filter's factuality) the report covers


@dataclass(frozen=True)
class _Chart:
    name: str  # the PNG file's stem
    title: str
    png: bytes

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


def _describe(where: EventFilter) -> str:
    parts = [f"factuality {where.factuality}"]
    if where.start or where.end:
        parts.append(f"days {where.start or '…'} to {where.end or '…'}")
    if where.quad_class:
        parts.append("QuadClass " + ", ".join(map(str, where.quad_class)))
    if where.country:
        parts.append(f"country {where.country}")
    return "; ".join(parts)


def _interval_for(first: date | str | None, last: date | str | None) -> str:
    """Bars a reader can see: days for up to two months, weeks for up to two years, else months."""
    if first is None or last is None:
        return "week"
    span = (as_date(last, "end") - as_date(first, "start")).days
    return "day" if span <= 62 else "week" if span <= 730 else "month"


def _write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so an interrupted run never leaves half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build_report(
    store: Store,
    out: Path,
    *,
    where: EventFilter = EventFilter(),
    png_dir: Path | None = None,
    title: str = "Lagebild report",
    top: int = 15,
    interval: str = "auto",
) -> Report:
    """Write `out` (HTML) and the charts as PNG files into `png_dir` (default: a folder named
    after `out` beside it, "report_charts/")."""
    out = Path(out)
    png_dir = Path(png_dir) if png_dir is not None else out.with_name(out.stem + "_charts")
    if out.is_dir():
        raise LagebildError(ErrorCode.E030, str(out), reason="it is a folder; give a file name such as report.html")
    where.where()  # a bad filter value is a one-line error before any work
    stats = summary(store)
    if interval == "auto":
        interval = _interval_for(where.start or stats.first_day, where.end or stats.last_day)
    actors = top_actors(store, where, limit=top)
    pairs = dyads(store, where, limit=top)
    places = map_points(store, where)
    overall = timeseries(store, interval=interval, factuality=where.factuality, quad_class=where.quad_class,
                         start=where.start, end=where.end)
    covered = sum(p.total for p in overall.points)
    busiest = pairs[0] if pairs else None
    dyad_series = (
        timeseries(store, source=busiest.source, target=busiest.target, interval=interval, both_directions=True,
                   factuality=where.factuality, quad_class=where.quad_class, start=where.start, end=where.end)
        if busiest is not None else None
    )
    drawn = [
        _Chart("timeline", f"Events per {interval} by QuadClass", charts.timeline_png(overall, f"All events per {interval}")),
        _Chart("dyads", f"The {len(pairs)} busiest dyads", charts.dyads_png(pairs, "Events per dyad (colour: mean Goldstein)")),
        _Chart("map", "Where events happened", charts.map_png(places, f"{len(places)} places with events")),
    ]
    if dyad_series is not None and busiest is not None:
        name = f"{busiest.source} ↔ {busiest.target}"
        drawn.append(_Chart("dyad_timeline", f"Busiest dyad: {name}", charts.timeline_png(dyad_series, f"{name} per {interval}")))
    env = Environment(loader=PackageLoader("lagebild", "report"), autoescape=select_autoescape(["html", "j2"]))
    html = env.get_template(TEMPLATE).render(
        title=title, version=__version__, generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        db=str(store.path), filter=_describe(where), summary=stats, covered=covered, actors=actors, dyads=pairs,
        places=places[:top], charts=drawn, quad_names=charts.QUAD_NAMES,
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        png_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LagebildError(ErrorCode.E030, str(out), reason=exc.strerror or str(exc)) from None
    written = []
    for chart in drawn:
        path = png_dir / f"{chart.name}.png"
        _write_atomically(path, chart.png)
        written.append(path)
    _write_atomically(out, html.encode("utf8"))
    return Report(out, tuple(written), covered)
