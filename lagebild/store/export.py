"""Exports of the stored events: GDELT-2.0-like TSV, PLOVER JSON lines, CSV and Parquet.

GDELT columns (a header row first; one row per event mention, or per deduplicated event with
`dedup`):

| GDELT column | from |
|---|---|
| GlobalEventID | events.event_id (with `dedup`: the event's smallest mention id) |
| Day, MonthYear, Year, FractionDate | the event's date (`date_start`: from a date expression of its sentence), else the document's date; empty when neither is known |
| Actor1Code / Actor2Code | source_code / target_code (CAMEO actor code: country + sector) |
| Actor1Name / Actor2Name | source_text / target_text (the mention as written) |
| Actor1CountryCode / Actor2CountryCode | source_country / target_country |
| Actor1Type1Code / Actor2Type1Code | source_sector / target_sector |
| IsRootEvent | 1 when the event is in the document's first sentence |
| NumMentions, NumSources, NumArticles | 1, or with `dedup` the event's mentions, sites and articles (`events_dedup`) |
| EventCode, EventBaseCode, EventRootCode | cameo, its first three digits, cameo_root |
| QuadClass, GoldsteinScale | quad_class, goldstein |
| AvgTone | empty (not computed) |
| ActionGeo_Type | 1 for a country, 3 for a US city, 4 for any other city (as GDELT); empty without a place |
| ActionGeo_FullName, ActionGeo_CountryCode | location_name, location_country (a CAMEO country code, not FIPS) |
| ActionGeo_ADM1Code | location_country + location_admin1 (GeoNames' first-level division), like GDELT's country + ADM1 |
| ActionGeo_Lat, ActionGeo_Long | location_lat, location_lon |
| DATEADDED | documents.inserted_at as YYYYMMDDHHMMSS (with `dedup`: the first article's) |
| SOURCEURL | documents.url, else the input it was read from |

GDELT has no factuality: its export holds asserted events only.  The other formats carry every
event with its `factuality`; `asserted_only` filters them too.  CSV and Parquet hold every event
column (`date_start`, `date_end`, `date_precision`, `location_*` included) plus `event_date`
(the GDELT `Day` above) and the document's date, URL and title; with `dedup`, the columns of
`events_dedup` (one row per event, with its mention ids and document ids).
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
from .dedup import DEFAULT_WINDOW_DAYS, use_clusters

EXPORT_FORMATS = ("gdelt", "plover", "csv", "parquet")

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
)

_EVENTS_WITH_DOCS = """
SELECT e.*, coalesce(e.date_start, d.date) AS event_date, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source,
       d.title AS doc_title, d.inserted_at AS doc_inserted_at
FROM events e JOIN documents d ON d.id = e.doc_id
{where}
ORDER BY e.event_id
"""


_DEDUP = "SELECT date_start AS event_date, * FROM events_dedup ORDER BY event_id"


def _query(asserted_only: bool, dedup: bool = False) -> str:
    if dedup:
        return _DEDUP
    return _EVENTS_WITH_DOCS.format(where="WHERE e.factuality = 'asserted'" if asserted_only else "")


def _rows(store: Store, asserted_only: bool, dedup: bool = False) -> Iterator[dict[str, Any]]:
    cursor = store.con.execute(_query(asserted_only, dedup))
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


def _geo_type(r: dict[str, Any]) -> Any:
    if r["location_name"] is None:
        return ""
    if r["location_admin1"] is None:  # the coder gives a country-level place no first-level division
        return 1
    return 3 if r["location_country"] == "USA" else 4


def gdelt_row(r: dict[str, Any]) -> list[Any]:
    day = r["event_date"]
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    return [
        r["event_id"], day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        day.year if day else "", fraction,
        _blank(r["source_code"]), _blank(r["source_text"]), _blank(r["source_country"]), _blank(r["source_sector"]),
        _blank(r["target_code"]), _blank(r["target_text"]), _blank(r["target_country"]), _blank(r["target_sector"]),
        1 if r["sentence"] == 0 else 0, r["cameo"], r["cameo"][:3], r["cameo_root"], r["quad_class"], r["goldstein"],
        r.get("num_mentions", 1), r.get("num_sources", 1), r.get("num_articles", 1), "",
        _geo_type(r), _blank(r["location_name"]), _blank(r["location_country"]),
        f"{r['location_country']}{r['location_admin1']}" if r["location_admin1"] else "",
        _blank(r["location_lat"]), _blank(r["location_lon"]),
        r["doc_inserted_at"].strftime("%Y%m%d%H%M%S"), r["doc_url"] or r["doc_source"] or "",
    ]


def _actor(r: dict[str, Any], role: str, *, evidence: bool = True) -> dict[str, Any] | None:
    if r[f"{role}_code"] is None:
        return None
    out = {"code": r[f"{role}_code"], "name": r[f"{role}_text"], "country": r[f"{role}_country"], "sector": r[f"{role}_sector"]}
    if evidence:
        out.update(start=r[f"{role}_start"], end=r[f"{role}_end"])
    return out


def _location(r: dict[str, Any], *, evidence: bool = True) -> dict[str, Any] | None:
    if r["location_name"] is None:
        return None
    out = {"name": r["location_name"], "country": r["location_country"], "admin1": r["location_admin1"],
           "lat": r["location_lat"], "lon": r["location_lon"]}
    if evidence:
        out.update(text=r["location_text"], start=r["location_start"], end=r["location_end"], source=r["location_source"])
    return out


def _when(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": r["event_id"],
        "event_date": r["event_date"].isoformat() if r["event_date"] else None,
        "event_date_end": r["date_end"].isoformat() if r["date_end"] else None,
        "date_precision": r["date_precision"],
    }


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """One event in PLOVER terms: type and mode, the actor and recipient, the sentence as context;
    CAMEO code, factuality and evidence offsets ride along for checking."""
    return {
        **_when(r),
        "date_text": r["date_text"],
        "document_date": r["doc_date"].isoformat() if r["doc_date"] else None,
        "event_type": r["plover_type"],
        "event_mode": r["plover_mode"],
        "actor": _actor(r, "source"),
        "recipient": _actor(r, "target"),
        "event_text": r["sentence_text"],
        "location": _location(r),
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


def plover_event_record(r: dict[str, Any]) -> dict[str, Any]:
    """One deduplicated event (a row of `events_dedup`) in PLOVER terms, with its mention,
    article and source counts and the ids that lead back to every mention's evidence
    (`lagebild query event ID`).  Actor names, place and sentence are its first mention's."""
    return {
        **_when(r),
        "event_type": r["plover_type"],
        "event_mode": r["plover_mode"],
        "actor": _actor(r, "source", evidence=False),
        "recipient": _actor(r, "target", evidence=False),
        "event_text": r["sentence_text"],
        "location": _location(r, evidence=False),
        "factuality": "asserted",  # only asserted mentions are deduplicated
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "num_mentions": r["num_mentions"],
        "num_articles": r["num_articles"],
        "num_sources": r["num_sources"],
        "mention_ids": list(r["mention_ids"]),
        "doc_ids": list(r["doc_ids"]),
        "source_url": r["doc_url"] or r["doc_source"],
    }


def export(store: Store, fmt: str, out: str | Path, *, asserted_only: bool = False, dedup: bool = False,
           window_days: int = DEFAULT_WINDOW_DAYS) -> int:
    """Write every stored event to `out` ('-': standard output, not for Parquet); returns the
    number of rows written.  `dedup` writes one row (PLOVER: one record) per event of the
    `events_dedup` view — asserted mentions of one event across articles and days (see
    `store.dedup`, `window_days`) — with its NumMentions, NumSources and NumArticles."""
    if fmt not in EXPORT_FORMATS:
        raise LagebildError(ErrorCode.E011, fmt=fmt, choices=", ".join(EXPORT_FORMATS))
    if dedup:
        if window_days < 0:
            raise LagebildError(ErrorCode.E010, "--window", key="--window", reason="must be 0 or more days")
        use_clusters(store, window_days)
    if fmt == "parquet":
        return _parquet(store, out, _query(asserted_only, dedup))
    n = 0
    with _open(out) as handle:
        if fmt == "gdelt":
            writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            writer.writerow(GDELT_COLUMNS)
            for r in _rows(store, True, dedup):
                writer.writerow(gdelt_row(r))
                n += 1
        elif fmt == "plover":
            record = plover_event_record if dedup else plover_record
            for r in _rows(store, asserted_only, dedup):
                handle.write(json.dumps(record(r), ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = csv.writer(handle, lineterminator="\n")
            columns = _csv_columns(store, _query(asserted_only, dedup))
            writer.writerow(columns)
            for r in _rows(store, asserted_only, dedup):
                writer.writerow([_blank(r[c]) for c in columns])
                n += 1
    return n


def _csv_columns(store: Store, query: str) -> list[str]:
    cursor = store.con.execute(f"SELECT * FROM ({query}) LIMIT 0")
    return [d[0] for d in cursor.description or [] if d[0] != "doc_inserted_at"]


def _parquet(store: Store, out: str | Path, query: str) -> int:
    import duckdb

    if str(out) == "-":
        raise LagebildError(ErrorCode.E011, "--out -", fmt="parquet to standard output", choices="a file name")
    target = str(out).replace("'", "''")
    try:
        store.con.execute(f"COPY ({query}) TO '{target}' (FORMAT parquet)")
    except duckdb.Error as exc:
        raise LagebildError(ErrorCode.E018, str(out), kind="output", reason=str(exc).strip().splitlines()[0]) from None
    row = store.con.execute(f"SELECT count(*) FROM ({query})").fetchone()
    return int(row[0]) if row else 0
