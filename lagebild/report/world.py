"""Country outlines for the report's map, read from the dashboard's vendored Natural Earth
TopoJSON (world-atlas, public domain) so both draw the same world and nothing is fetched.

TopoJSON stores shared borders once as quantised, delta-encoded arcs; a ring lists arc indices,
a negative index ~i meaning arc i reversed.  Decoding it is a few lines, so no library is added.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
import json

Ring = tuple[tuple[float, float], ...]

WORLD_FILE = ("serve", "static", "vendor", "world-atlas", "countries-110m.json")


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> Ring:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # consecutive arcs share their joining point
        points.extend(arc if not points else arc[1:])
    return _unwrapped(points)


def _unwrapped(points: list[tuple[float, float]]) -> Ring:
    """Longitudes made continuous, so a ring crossing the date line (Russia, Fiji) stays one
    shape instead of a band across the whole map; such a ring then reaches east of 180."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for n, (lon, lat) in enumerate(points):
        if n and lon + shift - out[-1][0] > 180:
            shift -= 360
        elif n and lon + shift - out[-1][0] < -180:
            shift += 360
        out.append((lon + shift, lat))
    if min(lon for lon, _ in out) < -180:  # keep every ring starting within the map
        out = [(lon + 360, lat) for lon, lat in out]
    return tuple(out)


@lru_cache(maxsize=1)
def country_rings() -> tuple[Ring, ...]:
    """Every outer and inner ring of every country, as (lon, lat) points."""
    path = resources.files("lagebild").joinpath(*WORLD_FILE)
    topology = json.loads(path.read_text(encoding="utf8"))
    arcs = _decode_arcs(topology)
    rings: list[Ring] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        for polygon in polygons:
            rings.extend(_ring(r, arcs) for r in polygon)
    return tuple(rings)
