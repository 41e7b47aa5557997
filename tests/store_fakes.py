"""A stand-in coder for store and ingest tests that need no pipeline: it "codes" the known
sentence as 164 USA→RUS and a few other phrases, so storage logic is tested without spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lagebild.events.api import CodedDoc, InputDoc
from lagebild.events.records import Actor, Event, Evidence, Plover, EventDate, Location
from lagebild.store.version import CoderVersion

KNOWN = "Die USA brachen die Gespräche mit Russland ab."


def known_event(doc_id: str = "d", offset: int = 0, sentence: int = 0, factuality: str = "asserted") -> Event:
    return Event(
        doc_id=doc_id, sentence=sentence, sentence_text=KNOWN,
        source=Actor("USA", "USA", "USA", None, offset + 4, offset + 7, "usa"),
        target=Actor("Russland", "RUS", "RUS", None, offset + 34, offset + 42, "russland"),
        cameo="164", cameo_root="16", plover=Plover("SANCTION", "withdraw"), quad_class=4, goldstein=-7.0,
        factuality=factuality,  # type: ignore[arg-type]
        trigger=Evidence("brachen", offset + 8, offset + 15), pattern="de.verb.abbrechen.gespraeche", lang="de",
        cue=None if factuality == "asserted" else Evidence("könnten", 0, 7),
        speaker=None,
        location=Location("Moscow", "RUS", "48", 55.75, 37.62, "Moskau", 0, 6, "document"),
        date=EventDate("2016-10-03", "2016-10-03", "day", "am Montag", 0, 9, "sentence"),
    )


def fake_events(item: InputDoc) -> list[Event]:
    events = []
    start = item.text.find(KNOWN)
    while start >= 0:
        events.append(known_event(item.id, start, sentence=len(events)))
        start = item.text.find(KNOWN, start + 1)
    return events


def fake_code(docs: Iterable[InputDoc]) -> Iterator[CodedDoc]:
    for item in docs:
        if "UNCODABLE" in item.text:
            yield CodedDoc(item.id, None, error=f"[E007] {item.id}: language could not be identified (too little text); pass --lang")
        else:
            yield CodedDoc(item.id, item.lang if item.lang != "auto" else "de", tuple(fake_events(item)))


def fake_coder(version: str = "1.0"):
    from lagebild.ingest import Coder

    return Coder(fake_code, lambda langs: {lang: "fake" for lang in langs}, CoderVersion(version, "0" * 64))
