"""Stores for the analysis and HTTP API tests.

`known_store` holds three documents with eight hand-made events whose numbers a reader can add
up from the table below; `sample_store` ingests real sample articles with the bundled pipelines.

| ev | doc | source (country) | target | root | quad | goldstein | factuality   | day (event date, else doc date) | place  |
|----|-----|------------------|--------|------|------|-----------|--------------|---------------------------------|--------|
| 1  | A   | USAGOV (USA)     | RUS    | 19   | 4    | -8.0      | asserted     | 2024-03-04 Mon (doc)            | Kyiv   |
| 2  | A   | USA              | RUS    | 04   | 1    |  2.0      | asserted     | 2024-03-10 Sun                  | Kyiv   |
| 3  | A   | RUS              | USA    | 11   | 3    | -4.0      | asserted     | 2024-03-04 Mon (doc)            | —      |
| 4  | A   | USA              | RUS    | 19   | 4    | -10.0     | hypothetical | 2024-03-04 Mon (doc)            | Kyiv   |
| 5  | B   | DEUGOV (DEU)     | FRA    | 05   | 2    |  6.0      | asserted     | 2024-03-11 Mon (doc)            | Berlin |
| 6  | B   | DEUGOV (DEU)     | DEUGOV | 04   | 1    |  1.0      | asserted     | 2024-03-11 Mon (doc)            | —      |
| 7  | B   | USA              | RUS    | 11   | 3    | -5.0      | asserted     | 2024-03-03 Sun                  | —      |
| 8  | C   | IGOUNO (none)    | SYR    | 07   | 2    |  3.0      | asserted     | — (undated document)            | —      |

Event ids follow this order (1 … 8): the store numbers events as they are written.
In document A the triggers stand in the text in the order 3, 1, 2, 4 (offsets 0, 10, 20, 30).
"""

from __future__ import annotations

import json
from datetime import date as Date
from importlib import resources
from pathlib import Path

from lagebild.events.records import Actor, Event, EventDate, Evidence, Location, Plover
from lagebild.store import DocumentRecord, open_store

KYIV = Location("Kyiv", "UKR", "12", 50.45, 30.52, "Kiew", 0, 4, "document")
BERLIN = Location("Berlin", "DEU", "16", 52.52, 13.40, "Berlin", 0, 6, "sentence")
DOC_A, DOC_B, DOC_C = ("Text A " + "a" * 40, "Text B " + "b" * 40, "Text C " + "c" * 40)


def _actor(code: str, country: str | None, sector: str | None = None) -> Actor:
    return Actor(code.lower(), code, country, sector, 0, 3)


def _event(source: Actor | None, target: Actor | None, root: str, quad: int, goldstein: float, *, trigger: int = 0,
           factuality: str = "asserted", place: Location | None = None, day: str | None = None) -> Event:
    return Event(
        doc_id="x", sentence=0, sentence_text="s", source=source, target=target, cameo=root + "0", cameo_root=root,
        plover=Plover("CONSULT", None), quad_class=quad, goldstein=goldstein, factuality=factuality,  # type: ignore[arg-type]
        trigger=Evidence("t", trigger, trigger + 1), pattern="test.pattern", lang="en",
        cue=None if factuality == "asserted" else Evidence("might", 0, 5), location=place,
        date=EventDate(day, day, "day", "on Sunday", 0, 9) if day else None,
    )


USAGOV, USA, RUS = _actor("USAGOV", "USA", "GOV"), _actor("USA", "USA"), _actor("RUS", "RUS")
DEUGOV, FRA, IGOUNO, SYR = _actor("DEUGOV", "DEU", "GOV"), _actor("FRA", "FRA"), _actor("IGOUNO", None, "IGO"), _actor("SYR", "SYR")

KNOWN_DOCS: tuple[tuple[DocumentRecord, list[Event]], ...] = (
    (DocumentRecord(DOC_A, title="A", date=Date(2024, 3, 4), lang="en", site="site-a", url="http://a"), [
        _event(USAGOV, RUS, "19", 4, -8.0, trigger=10, place=KYIV),
        _event(USA, RUS, "04", 1, 2.0, trigger=20, place=KYIV, day="2024-03-10"),
        _event(RUS, USA, "11", 3, -4.0, trigger=0),
        _event(USA, RUS, "19", 4, -10.0, trigger=30, factuality="hypothetical", place=KYIV),
    ]),
    (DocumentRecord(DOC_B, title="B", date=Date(2024, 3, 11), lang="de", site="site-b"), [
        _event(DEUGOV, FRA, "05", 2, 6.0, place=BERLIN),
        _event(DEUGOV, DEUGOV, "04", 1, 1.0),
        _event(USA, RUS, "11", 3, -5.0, day="2024-03-03"),
    ]),
    (DocumentRecord(DOC_C, title="C", date=None, lang="en"), [_event(IGOUNO, SYR, "07", 2, 3.0)]),
)


def build_known_store(path: Path) -> Path:
    with open_store(path) as store:
        run = store.start_run("test")
        for doc, events in KNOWN_DOCS:
            store.write_document(doc, events, lang=doc.lang, run_id=run)
    return path


def build_sample_store(path: Path, files: tuple[str, ...]) -> Path:
    """Ingest the named sample articles (with their metadata) with the real coder."""
    from lagebild.ingest import ingest

    corpus = Path(str(resources.files("lagebild") / "samples" / "corpus"))
    meta = {r["file"]: r for r in map(json.loads, (corpus / "metadata.jsonl").read_text(encoding="utf8").splitlines()) if r}
    batch = path.parent / "sample.jsonl"
    with batch.open("w", encoding="utf8") as out:
        for name in files:
            record = {k: v for k, v in meta[name].items() if k != "file"}
            out.write(json.dumps({**record, "text": (corpus / name).read_text(encoding="utf8")}, ensure_ascii=False) + "\n")
    with open_store(path) as store:
        report = ingest([str(batch)], store)
    assert report.failed == 0 and report.stored == len(files), report.errors
    return path
