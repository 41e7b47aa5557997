"""Canned questions to the store: a dyad's events, the most active actors, counts by day or quad
class; and free SQL.  Each returns (column names, rows).

Each canned question counts event mentions, or with `dedup` events: the rows of `events_dedup`,
one per real-world event across articles and days (`store.dedup`), with its mention and article
counts; `event` lists one event's mentions with their evidence.  Days are the event's own date
when the coder found one, else the document's."""

from __future__ import annotations

from typing import Any

from ..errors import ErrorCode, LagebildError
from .db import Store
from .dedup import DEFAULT_WINDOW_DAYS, use_clusters

Result = tuple[list[str], list[tuple[Any, ...]]]
COUNT_BY = {
    "day": "coalesce(e.date_start, d.date)",
    "month": "strftime(coalesce(e.date_start, d.date), '%Y-%m')",
    "quadclass": "e.quad_class",
    "root": "e.cameo_root",
    "plover": "e.plover_type",
    "lang": "e.lang",
    "factuality": "e.factuality",
}


def _filter(asserted_only: bool) -> str:
    return "e.factuality = 'asserted'" if asserted_only else "TRUE"


def dyad(store: Store, source: str, target: str, *, asserted_only: bool = True, limit: int = 100, dedup: bool = False,
         window_days: int = DEFAULT_WINDOW_DAYS) -> Result:
    """Events from SOURCE to TARGET; each matches an actor code or a country code ("USA" matches
    USAGOV too).  With `dedup`, one row per event (asserted only) with its counts."""
    params = {"src": source.upper(), "tgt": target.upper(), "limit": limit}
    if dedup:
        use_clusters(store, window_days)
        return store.sql(
            """SELECT event_id, date_start AS date, source_code, cameo, target_code, location_name AS place,
                      num_mentions, num_articles, num_sources, sentence_text
               FROM events_dedup e
               WHERE (e.source_code = $src OR e.source_country = $src) AND (e.target_code = $tgt OR e.target_country = $tgt)
               ORDER BY date_start NULLS LAST, event_id LIMIT $limit""", params)  # type: ignore[arg-type]
    return store.sql(
        f"""SELECT coalesce(e.date_start, d.date) AS date, e.source_code, e.cameo, e.target_code, e.plover_type,
                   e.factuality, e.location_name AS place, e.trigger_text, e.sentence_text, e.doc_id
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE (e.source_code = $src OR e.source_country = $src) AND (e.target_code = $tgt OR e.target_country = $tgt)
              AND {_filter(asserted_only)}
            ORDER BY 1 NULLS LAST, e.event_id LIMIT $limit""",
        params,  # type: ignore[arg-type]
    )


def event(store: Store, event_id: int, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Result:
    """The mentions of one deduplicated event (`events_dedup.event_id`), representative first,
    each with its evidence: document, sentence, trigger offsets and text."""
    use_clusters(store, window_days)
    return store.sql(
        """SELECT c.rank, e.event_id AS mention_id, d.date AS doc_date, coalesce(d.url, d.source) AS document, e.sentence,
                  e.trigger_start, e.trigger_end, e.trigger_text, e.date_text, e.location_text, e.sentence_text, e.doc_id
           FROM event_clusters c JOIN events e ON e.event_id = c.event_id JOIN documents d ON d.id = e.doc_id
           WHERE c.cluster_id = ? ORDER BY c.rank""", [event_id])


def top_actors(store: Store, *, asserted_only: bool = True, limit: int = 20, dedup: bool = False,
               window_days: int = DEFAULT_WINDOW_DAYS) -> Result:
    if dedup:
        use_clusters(store, window_days)
        table, where = "events_dedup e", "TRUE"
    else:
        table, where = "events e", _filter(asserted_only)
    return store.sql(
        f"""WITH mentions AS (
                SELECT source_code AS actor, 1 AS as_source, 0 AS as_target FROM {table} WHERE source_code IS NOT NULL AND {where}
                UNION ALL
                SELECT target_code, 0, 1 FROM {table} WHERE target_code IS NOT NULL AND {where})
            SELECT actor, sum(as_source) AS as_source, sum(as_target) AS as_target, count(*) AS events
            FROM mentions GROUP BY actor ORDER BY events DESC, actor LIMIT ?""",
        [limit],
    )


_DEDUP_COUNT_BY = {
    "day": "e.date_start",
    "month": "strftime(e.date_start, '%Y-%m')",
    "quadclass": "e.quad_class",
    "root": "e.cameo_root",
    "plover": "e.plover_type",
}


def counts(store: Store, by: str, *, asserted_only: bool = True, dedup: bool = False,
           window_days: int = DEFAULT_WINDOW_DAYS) -> Result:
    if dedup:
        if by not in _DEDUP_COUNT_BY:
            raise LagebildError(ErrorCode.E011, fmt=by, choices=", ".join(_DEDUP_COUNT_BY))
        use_clusters(store, window_days)
        return store.sql(
            f"""SELECT {_DEDUP_COUNT_BY[by]} AS {by}, count(*) AS events, sum(num_mentions) AS mentions,
                       len(list_distinct(flatten(list(e.doc_ids)))) AS documents
                FROM events_dedup e GROUP BY 1 ORDER BY 1 NULLS LAST""")
    if by not in COUNT_BY:
        raise LagebildError(ErrorCode.E011, fmt=by, choices=", ".join(COUNT_BY))
    return store.sql(
        f"""SELECT {COUNT_BY[by]} AS {by}, count(*) AS events, count(DISTINCT e.doc_id) AS documents
            FROM events e JOIN documents d ON d.id = e.doc_id WHERE {_filter(asserted_only)}
            GROUP BY 1 ORDER BY 1 NULLS LAST"""
    )


def format_table(result: Result, *, max_width: int = 60) -> str:
    """An aligned plain-text table (long cells shortened with …)."""
    columns, rows = result

    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)
