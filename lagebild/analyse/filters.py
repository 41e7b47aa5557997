"""Which events a question is about: one frozen filter object turned into a parameterised WHERE
clause, plus the one helper every analysis query runs through.

The SQL fragments here are constants; what a user gives travels only as bound parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as Date
from typing import Any, Literal

import duckdb

from ..dates import as_date
from ..errors import ErrorCode, LagebildError
from ..events.records import FACTUALITIES
from ..store.db import Store

# The day an event happened: its own date when the sentence gave one, else its document's date.
DAY = "coalesce(e.date_start, d.date)"
EVENTS_WITH_DOCS = "events e JOIN documents d ON d.id = e.doc_id"
QUAD_CLASSES = (1, 2, 3, 4)
FACTUALITY_CHOICES = ("all", *FACTUALITIES)

Level = Literal["country", "actor"]
# The columns that name the two sides of an event at each level of aggregation.
LEVEL_COLUMNS: Mapping[str, tuple[str, str]] = {
    "country": ("e.source_country", "e.target_country"),
    "actor": ("e.source_code", "e.target_code"),
}


def check_choice(name: str, value: Any, choices: Iterable[Any]) -> None:
    allowed = tuple(choices)
    if value not in allowed:
        raise LagebildError(ErrorCode.E025, name=name, value=value, choices=", ".join(map(str, allowed)))


def level_columns(level: str) -> tuple[str, str]:
    check_choice("level", level, LEVEL_COLUMNS)
    return LEVEL_COLUMNS[level]


@dataclass(frozen=True)
class EventFilter:
    """Events to include.  `source` and `target` match an actor code or a country code ("USA"
    matches USAGOV too); `country` matches either side's country; `root` is a CAMEO root ("19");
    `factuality` is one factuality or "all"; `start`/`end` bound the event day (inclusive)."""

    source: str | None = None
    target: str | None = None
    country: str | None = None
    root: str | None = None
    quad_class: tuple[int, ...] = ()
    factuality: str = "asserted"
    start: Date | str | None = None
    end: Date | str | None = None
    doc_id: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        """The WHERE condition over `EVENTS_WITH_DOCS` and its named parameters."""
        check_choice("factuality", self.factuality, FACTUALITY_CHOICES)
        for quad in self.quad_class:
            check_choice("quad_class", quad, QUAD_CLASSES)
        start, end = as_date(self.start, "start", allow_blank=False), as_date(self.end, "end", allow_blank=False)
        clauses: list[str] = []
        params: dict[str, Any] = {}

        def add(clause: str, name: str, value: Any) -> None:
            clauses.append(clause)
            params[name] = value

        if self.source:
            add("(e.source_code = $f_source OR e.source_country = $f_source)", "f_source", self.source.upper())
        if self.target:
            add("(e.target_code = $f_target OR e.target_country = $f_target)", "f_target", self.target.upper())
        if self.country:
            add("(e.source_country = $f_country OR e.target_country = $f_country)", "f_country", self.country.upper())
        if self.root:
            add("e.cameo_root = $f_root", "f_root", self.root)
        if self.quad_class:
            add("list_contains($f_quads, e.quad_class)", "f_quads", list(self.quad_class))
        if self.factuality != "all":
            add("e.factuality = $f_factuality", "f_factuality", self.factuality)
        if start is not None:
            add(f"{DAY} >= $f_start", "f_start", start)
        if end is not None:
            add(f"{DAY} <= $f_end", "f_end", end)
        if self.doc_id:
            add("e.doc_id = $f_doc", "f_doc", self.doc_id)
        return (" AND ".join(clauses) or "TRUE"), params


def fetch(store: Store, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run one query on a cursor of its own (a DuckDB connection must not be shared between
    threads; a cursor may) and return its rows as dicts.  Errors become one-line E022s."""
    cursor = store.con.cursor()
    try:
        cursor.execute(sql, dict(params or {}))
        columns = [d[0] for d in cursor.description or []]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()
        raise LagebildError(ErrorCode.E022, store.path, reason=first[0] if first else type(exc).__name__) from None
    finally:
        cursor.close()


def quad_counts(row: Mapping[str, Any]) -> dict[str, int]:
    """{"1": n, …, "4": n} from a row with columns q1…q4."""
    return {str(q): int(row[f"q{q}"] or 0) for q in QUAD_CLASSES}


# Aggregate columns q1…q4 and the mean Goldstein score of the grouped events.
QUAD_AGGREGATES = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in QUAD_CLASSES)


def mean(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)
