"""The HTTP API's request and response bodies, for validation and the OpenAPI schema.

Responses are built by `lagebild.analyse` (and events by `Event.to_dict`); these models describe
and check them.  Event objects allow extra fields, so a field the coder adds later passes through.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT_CHARS = 200_000  # /api/code and /api/documents; the body limit applies first


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class ErrorOut(_Out):
    detail: str


class InvalidOut(_Out):
    """422: the request's parameters failed validation (a list, as FastAPI gives it) or its text
    could not be coded (one line)."""

    detail: Union[str, list[dict[str, Any]]]


class Health(_Out):
    status: Literal["ok"]
    version: str
    writable: bool


class ActorOut(_Out):
    text: str
    code: str
    country: Optional[str]
    sector: Optional[str]
    start: int
    end: int


class EvidenceOut(_Out):
    text: str
    start: int
    end: int


class PloverOut(_Out):
    type: str
    mode: Optional[str]


class LocationOut(_Out):
    name: str
    country: str
    admin1: Optional[str]
    lat: float
    lon: float
    text: str
    start: int
    end: int
    source: str


class EventDateOut(_Out):
    start: str
    end: str
    precision: str
    text: Optional[str]
    start_char: Optional[int]
    end_char: Optional[int]
    source: str


class EventOut(_Out):
    """An event as `lagebild code --format json` gives it."""

    model_config = ConfigDict(frozen=True, extra="allow")
    doc_id: str
    sentence: int
    sentence_text: str
    source: Optional[ActorOut]
    target: Optional[ActorOut]
    cameo: str
    cameo_root: str
    plover: Optional[PloverOut]
    quad_class: int
    goldstein: float
    factuality: str
    trigger: EvidenceOut
    pattern: str
    lang: str
    cue: Optional[EvidenceOut] = None
    speaker: Optional[ActorOut] = None
    location: Optional[LocationOut] = None
    date: Optional[EventDateOut] = None


class StoredEventOut(EventOut):
    """A stored event: the coder's JSON plus its id in the store and its day."""

    event_id: int
    day: Optional[Date] = Field(description="the event's own date, else its document's")


class EventPageOut(_Out):
    total: int
    events: list[StoredEventOut]


class QuadOut(_Out):
    """Events per QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)
    q1: int = Field(alias="1")
    q2: int = Field(alias="2")
    q3: int = Field(alias="3")
    q4: int = Field(alias="4")


class ActorOutRow(_Out):
    code: str
    country: Optional[str]
    sector: Optional[str]
    as_source: int
    as_target: int
    events: int


class DyadOut(_Out):
    source: str
    target: str
    events: int
    mean_goldstein: Optional[float]
    quad: QuadOut


class NodeOut(_Out):
    id: str
    label: str
    events: int


class EdgeOut(_Out):
    source: str
    target: str
    events: int
    mean_goldstein: Optional[float]
    cooperation: int
    conflict: int


class NetworkOut(_Out):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class TimePointOut(_Out):
    period: Date
    total: int
    quad: QuadOut
    mean_goldstein: Optional[float]


class TimeseriesOut(_Out):
    source: Optional[str]
    target: Optional[str]
    interval: str
    points: list[TimePointOut]


class MapPointOut(_Out):
    name: str
    country: Optional[str]
    admin1: Optional[str]
    lat: float
    lon: float
    events: int
    mean_goldstein: Optional[float]
    quad: QuadOut
    event_ids: list[int]


class MapOut(_Out):
    points: list[MapPointOut]


class DocumentRow(_Out):
    id: str
    title: Optional[str]
    date: Optional[Date]
    lang: Optional[str]
    site: Optional[str]
    events: int


class DocumentPageOut(_Out):
    total: int
    documents: list[DocumentRow]


class DocumentOut(_Out):
    id: str
    title: Optional[str]
    date: Optional[Date]
    lang: Optional[str]
    site: Optional[str]
    url: Optional[str]
    text: str
    events: list[StoredEventOut]


class SummaryOut(_Out):
    documents: int
    events: int
    asserted: int
    first_day: Optional[Date]
    last_day: Optional[Date]
    countries: int


class CodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    lang: str = Field("auto", max_length=8, description="a language code, or 'auto' to identify it")
    date: Optional[Date] = Field(None, description="the document's date: anchors relative dates and people's offices")


class CodeOut(_Out):
    lang: str
    text: str
    events: list[EventOut]


class DocumentIn(CodeIn):
    title: Optional[str] = Field(None, max_length=1000)
    url: Optional[str] = Field(None, max_length=2000)
    site: Optional[str] = Field(None, max_length=200)


class StoredDocumentOut(_Out):
    outcome: Literal["stored", "recoded"]
    document: DocumentOut
