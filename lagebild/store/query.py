"""Canned questions to the store: a dyad's events, the most active actors, counts by day or quad
class; and free SQL.  Each returns (column names, rows)."""

from __future__ import annotations

from typing import Any

from ..errors import ErrorCode, LagebildError
from .db import Store

Result = tuple[list[str], list[tuple[Any, ...]]]
COUNT_BY = {
    "day": "d.date",
    "month": "strftime(d.date, '%Y-%m')",
    "quadclass": "e.quad_class",
    "root": "e.cameo_root",
    "plover": "e.plover_type",
    "lang": "e.lang",
    "factuality": "e.factuality",
}


def _filter(asserted_only: bool) -> str:
    return "e.factuality = 'asserted'" if asserted_only else "TRUE"


def dyad(store: Store, source: str, target: str, *, asserted_only: bool = True, limit: int = 100) -> Result:
    """Events from SOURCE to TARGET; each matches an actor code or a country code ("USA" matches
    USAGOV too)."""
    return store.sql(
        f"""SELECT d.date, e.source_code, e.cameo, e.target_code, e.plover_type, e.factuality, e.trigger_text,
                   e.sentence_text, e.doc_id
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE (e.source_code = $src OR e.source_country = $src) AND (e.target_code = $tgt OR e.target_country = $tgt)
              AND {_filter(asserted_only)}
            ORDER BY d.date NULLS LAST, e.event_id LIMIT $limit""",
        {"src": source.upper(), "tgt": target.upper(), "limit": limit},  # type: ignore[arg-type]
    )


def top_actors(store: Store, *, asserted_only: bool = True, limit: int = 20) -> Result:
    return store.sql(
        f"""WITH mentions AS (
                SELECT source_code AS actor, 1 AS as_source, 0 AS as_target FROM events e WHERE source_code IS NOT NULL AND {_filter(asserted_only)}
                UNION ALL
                SELECT target_code, 0, 1 FROM events e WHERE target_code IS NOT NULL AND {_filter(asserted_only)})
            SELECT actor, sum(as_source) AS as_source, sum(as_target) AS as_target, count(*) AS events
            FROM mentions GROUP BY actor ORDER BY events DESC, actor LIMIT ?""",
        [limit],
    )


def counts(store: Store, by: str, *, asserted_only: bool = True) -> Result:
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
