"""Counts over the stored events: the most active actors, dyads, the actor network, time series
and map points.  Each is one SQL query; each takes an `EventFilter` (asserted events by default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import Literal

from ..data import countries
from ..errors import ErrorCode, LagebildError
from ..store.db import Store
from .filters import (DAY, EVENTS_WITH_DOCS, QUAD_AGGREGATES, EventFilter, check_choice, fetch, level_columns,
                      mean, quad_counts)

MAX_ROWS = 1000
MAP_EVENT_IDS = 20  # event ids listed per map point; the rest are counted


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_ROWS:
        raise LagebildError(ErrorCode.E025, name="limit", value=limit, choices=f"1 … {MAX_ROWS}")


@dataclass(frozen=True)
class ActorActivity:
    code: str
    country: str | None
    sector: str | None
    as_source: int
    as_target: int
    events: int  # events the actor is in, on either side (an event with it on both sides once)


def top_actors(store: Store, where: EventFilter = EventFilter(), *, limit: int = 20) -> list[ActorActivity]:
    """The actors in most events."""
    _check_limit(limit)
    condition, params = where.where()
    rows = fetch(
        store,
        f"""WITH picked AS (SELECT e.* FROM {EVENTS_WITH_DOCS} WHERE {condition}),
            sides AS (
                SELECT event_id, source_code AS code, source_country AS country, source_sector AS sector,
                       1 AS as_source, 0 AS as_target FROM picked WHERE source_code IS NOT NULL
                UNION ALL
                SELECT event_id, target_code, target_country, target_sector, 0, 1 FROM picked WHERE target_code IS NOT NULL)
            SELECT code, mode(country) AS country, mode(sector) AS sector, sum(as_source)::INTEGER AS as_source,
                   sum(as_target)::INTEGER AS as_target, count(DISTINCT event_id) AS events
            FROM sides GROUP BY code ORDER BY events DESC, code LIMIT $limit""",
        {**params, "limit": limit},
    )
    return [ActorActivity(**r) for r in rows]


@dataclass(frozen=True)
class Dyad:
    source: str
    target: str
    events: int
    mean_goldstein: float | None
    quad: dict[str, int]  # events per QuadClass, keys "1" … "4"


def dyads(store: Store, where: EventFilter = EventFilter(), *, level: str = "country", limit: int = 100) -> list[Dyad]:
    """Directed source → target pairs (countries, or actor codes at level "actor") by number of
    events; events with an unknown side are left out."""
    _check_limit(limit)
    src, tgt = level_columns(level)
    condition, params = where.where()
    rows = fetch(
        store,
        f"""SELECT {src} AS source, {tgt} AS target, count(*) AS events, avg(e.goldstein) AS mean_goldstein,
                   {QUAD_AGGREGATES}
            FROM {EVENTS_WITH_DOCS} WHERE {condition} AND {src} IS NOT NULL AND {tgt} IS NOT NULL
            GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT $limit""",
        {**params, "limit": limit},
    )
    return [Dyad(r["source"], r["target"], int(r["events"]), mean(r["mean_goldstein"]), quad_counts(r)) for r in rows]


@dataclass(frozen=True)
class NetworkNode:
    id: str
    label: str  # the country's name at level "country" (its code when unknown), else the actor code
    events: int  # sum of the events on the node's edges


@dataclass(frozen=True)
class NetworkEdge:
    source: str
    target: str
    events: int
    mean_goldstein: float | None
    cooperation: int  # events in QuadClass 1-2
    conflict: int  # events in QuadClass 3-4


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]


def network(store: Store, where: EventFilter = EventFilter(), *, level: str = "country", min_events: int = 1) -> Network:
    """The directed graph of who acts on whom: an edge per dyad with at least `min_events`
    events, self-loops (a country acting on itself) dropped; nodes are the edges' ends."""
    if min_events < 1:
        raise LagebildError(ErrorCode.E025, name="min_events", value=min_events, choices="1 or more")
    src, tgt = level_columns(level)
    condition, params = where.where()
    rows = fetch(
        store,
        f"""SELECT {src} AS source, {tgt} AS target, count(*) AS events, avg(e.goldstein) AS mean_goldstein,
                   count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict
            FROM {EVENTS_WITH_DOCS} WHERE {condition} AND {src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}
            GROUP BY 1, 2 HAVING count(*) >= $min_events ORDER BY events DESC, source, target""",
        {**params, "min_events": min_events},
    )
    edges = tuple(NetworkEdge(r["source"], r["target"], int(r["events"]), mean(r["mean_goldstein"]),
                              int(r["cooperation"]), int(r["conflict"])) for r in rows)
    weight: dict[str, int] = {}
    for edge in edges:
        for end in (edge.source, edge.target):
            weight[end] = weight.get(end, 0) + edge.events
    names = {code: c.name for code, c in countries().items()} if level == "country" else {}
    nodes = tuple(NetworkNode(code, names.get(code, code), n) for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])))
    return Network(nodes, edges)


Interval = Literal["day", "week", "month"]
# The SQL expression of a period's first day; weeks start on Monday (ISO weeks, as date_trunc).
_PERIOD = {"day": f"{DAY}", "week": f"date_trunc('week', {DAY})::DATE", "month": f"date_trunc('month', {DAY})::DATE"}


@dataclass(frozen=True)
class TimePoint:
    period: Date  # the day, or the Monday of the week
    total: int
    quad: dict[str, int]
    mean_goldstein: float | None


@dataclass(frozen=True)
class Timeseries:
    source: str | None
    target: str | None
    interval: str
    points: tuple[TimePoint, ...]  # periods without events are omitted


def timeseries(store: Store, *, source: str | None = None, target: str | None = None, level: str = "country",
               interval: str = "day", both_directions: bool = False, factuality: str = "asserted",
               quad_class: tuple[int, ...] = (), start: Date | str | None = None, end: Date | str | None = None) -> Timeseries:
    """Events per day or week from `source` to `target` (codes at `level`; None: anyone), with
    `both_directions` also those from `target` to `source`.  Undated events are left out."""
    check_choice("interval", interval, _PERIOD)
    src, tgt = level_columns(level)
    condition, params = EventFilter(quad_class=quad_class, factuality=factuality, start=start, end=end).where()
    one_way = f"($ts_source IS NULL OR {src} = $ts_source) AND ($ts_target IS NULL OR {tgt} = $ts_target)"
    other_way = f"($ts_target IS NULL OR {src} = $ts_target) AND ($ts_source IS NULL OR {tgt} = $ts_source)"
    direction = f"(({one_way}) OR ($ts_both AND {other_way}))"
    rows = fetch(
        store,
        f"""SELECT {_PERIOD[interval]} AS period, count(*) AS total, avg(e.goldstein) AS mean_goldstein, {QUAD_AGGREGATES}
            FROM {EVENTS_WITH_DOCS} WHERE {condition} AND {direction} AND {DAY} IS NOT NULL
            GROUP BY 1 ORDER BY 1""",
        {**params, "ts_source": source.upper() if source else None, "ts_target": target.upper() if target else None,
         "ts_both": both_directions},
    )
    points = tuple(TimePoint(r["period"], int(r["total"]), quad_counts(r), mean(r["mean_goldstein"])) for r in rows)
    return Timeseries(source, target, interval, points)


@dataclass(frozen=True)
class MapPoint:
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    events: int
    mean_goldstein: float | None
    quad: dict[str, int]
    event_ids: tuple[int, ...]  # the first MAP_EVENT_IDS events by id


def map_points(store: Store, where: EventFilter = EventFilter()) -> list[MapPoint]:
    """Events with coordinates, one point per place (name, lat, lon), most events first."""
    condition, params = where.where()
    rows = fetch(
        store,
        f"""SELECT e.location_name AS name, mode(e.location_country) AS country, mode(e.location_admin1) AS admin1,
                   e.location_lat AS lat, e.location_lon AS lon, count(*) AS events, avg(e.goldstein) AS mean_goldstein,
                   {QUAD_AGGREGATES}, list(e.event_id ORDER BY e.event_id)[1:{MAP_EVENT_IDS}] AS event_ids
            FROM {EVENTS_WITH_DOCS}
            WHERE {condition} AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL
            GROUP BY e.location_name, e.location_lat, e.location_lon
            ORDER BY events DESC, name, lat, lon""",
        params,
    )
    return [MapPoint(r["name"], r["country"], r["admin1"], r["lat"], r["lon"], int(r["events"]), mean(r["mean_goldstein"]),
                     quad_counts(r), tuple(int(i) for i in r["event_ids"])) for r in rows]


