"""Stored events and documents as the coder's JSON contract, and a summary of the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from .. import codebook
from ..errors import ErrorCode, LagebildError
from ..store.db import Store
from ..store.rows import event_from_row
from .filters import DAY, EVENTS_WITH_DOCS, EventFilter, fetch

MAX_LIMIT = 1000

EventJSON = dict[str, Any]


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise LagebildError(ErrorCode.E025, name="limit", value=limit, choices=f"1 … {MAX_LIMIT}")
    if offset < 0:
        raise LagebildError(ErrorCode.E025, name="offset", value=offset, choices="0 or more")


def with_names(event: EventJSON) -> EventJSON:
    """An event's JSON with the codebook's name of its CAMEO code (`cameo_name`), for people
    who read "Reduce or break diplomatic relations" faster than "164"."""
    try:
        event["cameo_name"] = codebook.cameo(event["cameo"]).name
    except LagebildError:
        event["cameo_name"] = None  # a code a user's dictionary brought that the codebook lacks
    return event


def event_json(row: dict[str, Any]) -> EventJSON:
    """One stored event as `lagebild code --format json` gives it, plus where it is stored:
    `event_id`, `doc_id` (the store's content id) and `day` (the event's date, else its
    document's; ISO, or None), and `cameo_name`."""
    out = with_names(event_from_row(row).to_dict())
    out["event_id"] = int(row["event_id"])
    out["doc_id"] = row["doc_id"]
    out["day"] = row["day"].isoformat() if row["day"] is not None else None
    return out


@dataclass(frozen=True)
class EventPage:
    total: int  # events matching the filter, of which `events` is one page
    events: tuple[EventJSON, ...]


def list_events(store: Store, where: EventFilter = EventFilter(), *, limit: int = 100, offset: int = 0) -> EventPage:
    """Events matching `where`, newest day first (undated last), in document order within a
    document."""
    check_page(limit, offset)
    condition, params = where.where()
    total = fetch(store, f"SELECT count(*) AS n FROM {EVENTS_WITH_DOCS} WHERE {condition}", params)[0]["n"]
    rows = fetch(
        store,
        f"""SELECT e.*, {DAY} AS day FROM {EVENTS_WITH_DOCS} WHERE {condition}
            ORDER BY day DESC NULLS LAST, e.doc_id, e.mention LIMIT $limit OFFSET $offset""",
        {**params, "limit": limit, "offset": offset},
    )
    return EventPage(int(total), tuple(event_json(r) for r in rows))


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str | None
    date: Date | None
    lang: str | None
    site: str | None
    events: int  # event mentions of every factuality


@dataclass(frozen=True)
class DocumentPage:
    total: int
    documents: tuple[DocumentSummary, ...]


def list_documents(store: Store, *, limit: int = 50, offset: int = 0) -> DocumentPage:
    """Stored documents, newest first (by date, undated last, then by when they were stored)."""
    check_page(limit, offset)
    rows = fetch(
        store,
        """SELECT d.id, d.title, d.date, d.lang, d.site,
                  (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,
                  count(*) OVER () AS total
           FROM documents d
           ORDER BY d.date DESC NULLS LAST, d.inserted_at DESC, d.id LIMIT $limit OFFSET $offset""",
        {"limit": limit, "offset": offset},
    )
    total = rows[0]["total"] if rows else fetch(store, "SELECT count(*) AS n FROM documents")[0]["n"]
    return DocumentPage(int(total), tuple(DocumentSummary(**{k: v for k, v in r.items() if k != "total"}) for r in rows))


@dataclass(frozen=True)
class DocumentDetail:
    id: str
    title: str | None
    date: Date | None
    lang: str | None
    site: str | None
    url: str | None
    text: str
    events: tuple[EventJSON, ...]  # every factuality, in the order of their triggers in the text


def get_document(store: Store, doc_id: str) -> DocumentDetail:
    """One document with all its events; E026 when no document has that id."""
    docs = fetch(store, "SELECT id, title, date, lang, site, url, text FROM documents WHERE id = $id", {"id": doc_id})
    if not docs:
        raise LagebildError(ErrorCode.E026, doc_id)
    rows = fetch(
        store,
        f"""SELECT e.*, {DAY} AS day FROM {EVENTS_WITH_DOCS} WHERE e.doc_id = $id
            ORDER BY e.trigger_start, e.mention""",
        {"id": doc_id},
    )
    return DocumentDetail(**docs[0], events=tuple(event_json(r) for r in rows))


@dataclass(frozen=True)
class Summary:
    documents: int
    events: int  # event mentions of every factuality
    asserted: int
    first_day: Date | None  # the earliest and latest event day of any factuality
    last_day: Date | None
    countries: int  # distinct countries on either side of an asserted event


def summary(store: Store) -> Summary:
    row = fetch(
        store,
        f"""SELECT (SELECT count(*) FROM documents) AS documents,
                   count(e.event_id) AS events,
                   count(e.event_id) FILTER (WHERE e.factuality = 'asserted') AS asserted,
                   min({DAY}) AS first_day, max({DAY}) AS last_day,
                   (SELECT count(DISTINCT c) FROM (
                       SELECT source_country AS c FROM events WHERE factuality = 'asserted'
                       UNION ALL SELECT target_country FROM events WHERE factuality = 'asserted')) AS countries
            FROM {EVENTS_WITH_DOCS}""",
    )[0]
    return Summary(**{k: (int(v) if k not in ("first_day", "last_day") else v) for k, v in row.items()})
