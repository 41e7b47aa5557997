"""Exports of the stored events: GDELT-2.0-like TSV, PLOVER JSON lines, CSV and Parquet.

GDELT columns (a header row first; one row per event mention, or per deduplicated event with
`dedup`):

| GDELT column | from |
|---|---|
| GlobalEventID | events.event_id |
| Day, MonthYear, Year, FractionDate | the document's date (empty when unknown) |
| Actor1Code / Actor2Code | source_code / target_code (CAMEO actor code: country + sector) |
| Actor1Name / Actor2Name | source_text / target_text (the mention as written) |
| Actor1CountryCode / Actor2CountryCode | source_country / target_country |
| Actor1Type1Code / Actor2Type1Code | source_sector / target_sector |
| IsRootEvent | 1 when the event is in the document's first sentence |
| NumMentions, NumSources, NumArticles | 1, or with `dedup` the counts of the `events_dedup` view |
| EventCode, EventBaseCode, EventRootCode | cameo, its first three digits, cameo_root |
| QuadClass, GoldsteinScale | quad_class, goldstein |
| AvgTone | empty (not computed) |
| DATEADDED | documents.inserted_at as YYYYMMDDHHMMSS |
| SOURCEURL | documents.url, else the input it was read from |

GDELT has no factuality: its export holds asserted events only.  The other formats carry every
event with its `factuality`; `asserted_only` filters them too.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import ErrorCode, LagebildError
from .db import Store

EXPORT_FORMATS = ("gdelt", "plover", "csv", "parquet")

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL",
)

_EVENTS_WITH_DOCS = """
SELECT e.*, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source, d.title AS doc_title,
       d.inserted_at AS doc_inserted_at
FROM events e JOIN documents d ON d.id = e.doc_id
{where}
ORDER BY e.event_id
"""


def _query(asserted_only: bool) -> str:
    return _EVENTS_WITH_DOCS.format(where="WHERE e.factuality = 'asserted'" if asserted_only else "")


def _rows(store: Store, asserted_only: bool, dedup: bool = False) -> Iterator[dict[str, Any]]:
    cursor = store.con.execute("SELECT * FROM events_dedup ORDER BY event_id" if dedup else _query(asserted_only))
    columns = [d[0] for d in cursor.description or []]
    while batch := cursor.fetchmany(1024):
        for row in batch:
            yield dict(zip(columns, row))


@contextmanager
def _open(out: str | Path) -> Iterator[IO[str]]:
    if str(out) == "-":
        yield sys.stdout
        return
    try:
        handle = open(out, "w", encoding="utf8", newline="")  # noqa: SIM115 -- closed by the with below
    except OSError as exc:
        raise LagebildError(ErrorCode.E018, str(out), kind="output", reason=exc.strerror or type(exc).__name__) from None
    with handle:
        yield handle


def _blank(value: Any) -> Any:
    return "" if value is None else value


def gdelt_row(r: dict[str, Any]) -> list[Any]:
    day = r["doc_date"]
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    return [
        r["event_id"], day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        day.year if day else "", fraction,
        _blank(r["source_code"]), _blank(r["source_text"]), _blank(r["source_country"]), _blank(r["source_sector"]),
        _blank(r["target_code"]), _blank(r["target_text"]), _blank(r["target_country"]), _blank(r["target_sector"]),
        1 if r["sentence"] == 0 else 0, r["cameo"], r["cameo"][:3], r["cameo_root"], r["quad_class"], r["goldstein"],
        r.get("num_mentions", 1), r.get("num_sources", 1), r.get("num_articles", 1), "", r["doc_inserted_at"].strftime("%Y%m%d%H%M%S"), r["doc_url"] or r["doc_source"] or "",
    ]


def _actor(r: dict[str, Any], role: str) -> dict[str, Any] | None:
    if r[f"{role}_code"] is None:
        return None
    return {"code": r[f"{role}_code"], "name": r[f"{role}_text"], "country": r[f"{role}_country"],
            "sector": r[f"{role}_sector"], "start": r[f"{role}_start"], "end": r[f"{role}_end"]}


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """One event in PLOVER terms: type and mode, the actor and recipient, the sentence as context;
    CAMEO code, factuality and evidence offsets ride along for checking."""
    return {
        "event_id": r["event_id"],
        "event_date": r["doc_date"].isoformat() if r["doc_date"] else None,
        "event_type": r["plover_type"],
        "event_mode": r["plover_mode"],
        "actor": _actor(r, "source"),
        "recipient": _actor(r, "target"),
        "event_text": r["sentence_text"],
        "trigger": {"text": r["trigger_text"], "start": r["trigger_start"], "end": r["trigger_end"]},
        "factuality": r["factuality"],
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "doc_id": r["doc_id"],
        "sentence": r["sentence"],
        "source_url": r["doc_url"] or r["doc_source"],
        "title": r["doc_title"],
        "language": r["lang"],
        "coder_version": r["coder_version"],
    }


def export(store: Store, fmt: str, out: str | Path, *, asserted_only: bool = False, dedup: bool = False) -> int:
    """Write every stored event to `out` ('-': standard output, not for Parquet); returns the
    number of events written.  `dedup` (GDELT only) writes one row per event of the
    `events_dedup` view, with its NumMentions, NumSources and NumArticles."""
    if fmt not in EXPORT_FORMATS:
        raise LagebildError(ErrorCode.E011, fmt=fmt, choices=", ".join(EXPORT_FORMATS))
    if dedup and fmt != "gdelt":
        raise LagebildError(ErrorCode.E011, "--dedup", fmt=fmt, choices="gdelt")
    if fmt == "parquet":
        return _parquet(store, out, asserted_only)
    n = 0
    with _open(out) as handle:
        if fmt == "gdelt":
            writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            writer.writerow(GDELT_COLUMNS)
            for r in _rows(store, True, dedup):
                writer.writerow(gdelt_row(r))
                n += 1
        elif fmt == "plover":
            for r in _rows(store, asserted_only):
                handle.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = csv.writer(handle, lineterminator="\n")
            header_written = False
            for r in _rows(store, asserted_only):
                if not header_written:
                    writer.writerow(_csv_columns(r))
                    header_written = True
                writer.writerow([_blank(r[c]) for c in _csv_columns(r)])
                n += 1
            if not header_written:
                writer.writerow(_csv_columns_from_schema(store))
    return n


def _csv_columns(r: dict[str, Any]) -> list[str]:
    return [c for c in r if c != "doc_inserted_at"]


def _csv_columns_from_schema(store: Store) -> list[str]:
    cursor = store.con.execute(_query(False) + " LIMIT 0")
    return [d[0] for d in cursor.description or [] if d[0] != "doc_inserted_at"]


def _parquet(store: Store, out: str | Path, asserted_only: bool) -> int:
    import duckdb

    if str(out) == "-":
        raise LagebildError(ErrorCode.E011, "--out -", fmt="parquet to standard output", choices="a file name")
    target = str(out).replace("'", "''")
    try:
        store.con.execute(f"COPY ({_query(asserted_only)}) TO '{target}' (FORMAT parquet)")
    except duckdb.Error as exc:
        raise LagebildError(ErrorCode.E018, str(out), kind="output", reason=str(exc).strip().splitlines()[0]) from None
    row = store.con.execute(f"SELECT count(*) FROM ({_query(asserted_only)})").fetchone()
    return int(row[0]) if row else 0
