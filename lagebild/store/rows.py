"""Events flattened into the columns of the `events` table (one row per event mention)."""

from __future__ import annotations

from typing import Any

from ..events.records import Actor, Event, EventDate, Evidence, Location, Plover

_ACTOR_FIELDS = ("code", "country", "sector", "text", "start", "end")
_LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "text", "start", "end", "source")
_DATE_FIELDS = ("start", "end", "precision", "text", "start_char", "end_char", "source")

EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "mention", "sentence", "sentence_text",
    *(f"source_{f}" for f in _ACTOR_FIELDS),
    *(f"target_{f}" for f in _ACTOR_FIELDS),
    "cameo", "cameo_root", "plover_type", "plover_mode", "quad_class", "goldstein", "factuality",
    "trigger_text", "trigger_start", "trigger_end",
    "cue_text", "cue_start", "cue_end",
    *(f"speaker_{f}" for f in _ACTOR_FIELDS),
    "pattern", "lang", "coder_version",
    *(f"location_{f}" for f in _LOCATION_FIELDS),
    *(f"date_{f}" for f in _DATE_FIELDS),
)


def _actor(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * len(_ACTOR_FIELDS)
    return [actor.code, actor.country, actor.sector, actor.text, actor.start, actor.end]


def _evidence(evidence: Evidence | None) -> list[Any]:
    return [None, None, None] if evidence is None else [evidence.text, evidence.start, evidence.end]


def _fields(record: Any, names: tuple[str, ...]) -> list[Any]:
    return [None] * len(names) if record is None else [getattr(record, n) for n in names]


def event_row(event: Event, *, doc_id: str, mention: int, coder_version: str) -> tuple[Any, ...]:
    """The row for one event; `doc_id` is the store's content hash, whatever id the coder saw."""
    row = [
        doc_id, mention, event.sentence, event.sentence_text,
        *_actor(event.source), *_actor(event.target),
        event.cameo, event.cameo_root,
        event.plover.type if event.plover else None, event.plover.mode if event.plover else None,
        event.quad_class, event.goldstein, event.factuality,
        *_evidence(event.trigger), *_evidence(event.cue), *_actor(event.speaker),
        event.pattern, event.lang, coder_version,
        *_fields(event.location, _LOCATION_FIELDS), *_fields(event.date, _DATE_FIELDS),
    ]
    assert len(row) == len(EVENT_COLUMNS)
    return tuple(row)


def _stored_actor(row: dict[str, Any], role: str) -> Actor | None:
    if row[f"{role}_code"] is None:
        return None
    return Actor(row[f"{role}_text"] or "", row[f"{role}_code"], row[f"{role}_country"], row[f"{role}_sector"],
                 row[f"{role}_start"], row[f"{role}_end"])


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def event_from_row(row: dict[str, Any]) -> Event:
    """The Event an `events` row was written from (the inverse of `event_row`; the dictionary
    entries that resolved the actors are not stored, so `Actor.entry` is empty)."""
    location = None
    if row.get("location_name") is not None:
        location = Location(*(row[f"location_{f}"] for f in _LOCATION_FIELDS))
    when = None
    if row.get("date_start") is not None:
        when = EventDate(*(_iso(row[f"date_{f}"]) for f in _DATE_FIELDS))
    cue = None if row["cue_text"] is None else Evidence(row["cue_text"], row["cue_start"], row["cue_end"])
    return Event(
        doc_id=row["doc_id"], sentence=row["sentence"], sentence_text=row["sentence_text"],
        source=_stored_actor(row, "source"), target=_stored_actor(row, "target"),
        cameo=row["cameo"], cameo_root=row["cameo_root"],
        plover=None if row["plover_type"] is None else Plover(row["plover_type"], row["plover_mode"]),
        quad_class=int(row["quad_class"]), goldstein=float(row["goldstein"]), factuality=row["factuality"],
        trigger=Evidence(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        pattern=row["pattern"], lang=row["lang"], cue=cue, speaker=_stored_actor(row, "speaker"),
        location=location, date=when,
    )
