"""The HTTP API: a FastAPI app over one store, its routes thin shells over `lagebild.analyse`
(and `lagebild.code_text` for coding).  Build it with `create_app`; `lagebild serve` runs it."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import date as Date
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import Field

from .. import __version__, analyse
from ..analyse import EventFilter
from ..errors import ErrorCode, LagebildError
from ..store import DocumentRecord, open_store
from ..store.db import Store
from . import schemas as s
from .auth import require_token
from .guards import BodyLimit, RateLimit, parse_rate

STATIC_DIR = Path(__file__).parent / "static"
DEFAULT_MAX_BODY = 1_000_000
DEFAULT_RATE_LIMIT = "120/minute"
DEFAULT_CODE_RATE_LIMIT = "20/minute"  # coding a text costs far more than a query

# Errors that mean the request asked for something absent or malformed; the rest are the server's.
_CLIENT_ERRORS = {ErrorCode.E026: 404}
_SERVER_ERRORS = {ErrorCode.E006, ErrorCode.E009, ErrorCode.E010, ErrorCode.E020, ErrorCode.E021, ErrorCode.E022}

Code = Annotated[Optional[str], Query(max_length=64, description="an actor code (USAGOV) or a country code (USA)")]
Country = Annotated[Optional[str], Query(max_length=64, description="a CAMEO country code, on either side")]
Root = Annotated[Optional[str], Query(max_length=8, description="a CAMEO root code, e.g. 19")]
Quads = Annotated[list[Annotated[int, Field(ge=1, le=4)]], Query(description="QuadClasses to include (repeat the parameter)")]
Factuality = Annotated[Literal["all", "asserted", "negated", "hypothetical", "future", "reported", "question"],
                       Query(description="one factuality, or all")]
Start = Annotated[Optional[Date], Query(description="first event day (ISO date)")]
End = Annotated[Optional[Date], Query(description="last event day (ISO date)")]
Level = Annotated[Literal["country", "actor"], Query(description="aggregate by country or by actor code")]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]

_COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": s.ErrorOut, "description": "a body that is not JSON"},
    413: {"model": s.ErrorOut, "description": "request body too large"},
    422: {"model": s.InvalidOut, "description": "invalid parameters, or a text that cannot be coded"},
    429: {"model": s.ErrorOut, "description": "rate limit exceeded"},
}
_AUTH_ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": s.ErrorOut, "description": "missing or wrong token"}}


def _filter(source: str | None = None, target: str | None = None, country: str | None = None, root: str | None = None,
            quad_class: list[int] | None = None, factuality: str = "asserted", start: Date | None = None,
            end: Date | None = None, doc_id: str | None = None) -> EventFilter:
    return EventFilter(source=source, target=target, country=country, root=root, quad_class=tuple(quad_class or ()),
                       factuality=factuality, start=start, end=end, doc_id=doc_id)


def _read_routes(store: Store) -> APIRouter:
    router = APIRouter()

    @router.get("/summary", response_model=s.SummaryOut)
    def summary() -> Any:
        """How much the store holds."""
        return asdict(analyse.summary(store))

    @router.get("/events", response_model=s.EventPageOut)
    def events(source: Code = None, target: Code = None, country: Country = None, root: Root = None,
               quad_class: Quads = [], factuality: Factuality = "asserted", start: Start = None, end: End = None,
               doc_id: Annotated[Optional[str], Query(max_length=128)] = None, limit: Limit = 100,
               offset: Offset = 0) -> Any:
        """Stored events, newest day first, with the total that match."""
        where = _filter(source, target, country, root, quad_class, factuality, start, end, doc_id)
        return asdict(analyse.list_events(store, where, limit=limit, offset=offset))

    @router.get("/actors", response_model=list[s.ActorOutRow])
    def actors(country: Country = None, root: Root = None, quad_class: Quads = [], factuality: Factuality = "asserted",
               start: Start = None, end: End = None, limit: Limit = 20) -> Any:
        """The actors in most events."""
        where = _filter(country=country, root=root, quad_class=quad_class, factuality=factuality, start=start, end=end)
        return [asdict(a) for a in analyse.top_actors(store, where, limit=limit)]

    @router.get("/dyads", response_model=list[s.DyadOut])
    def dyads(level: Level = "country", source: Code = None, target: Code = None, country: Country = None,
              root: Root = None, quad_class: Quads = [], factuality: Factuality = "asserted", start: Start = None,
              end: End = None, limit: Limit = 100) -> Any:
        """Directed source → target pairs by number of events."""
        where = _filter(source, target, country, root, quad_class, factuality, start, end)
        return [asdict(d) for d in analyse.dyads(store, where, level=level, limit=limit)]

    @router.get("/network", response_model=s.NetworkOut)
    def network(level: Level = "country", start: Start = None, end: End = None, quad_class: Quads = [],
                factuality: Factuality = "asserted", min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Any:
        """Who acts on whom: nodes and weighted directed edges, self-loops dropped."""
        where = _filter(quad_class=quad_class, factuality=factuality, start=start, end=end)
        return asdict(analyse.network(store, where, level=level, min_events=min_events))

    @router.get("/timeseries", response_model=s.TimeseriesOut)
    def timeseries(source: Code = None, target: Code = None, level: Level = "country",
                   interval: Annotated[Literal["day", "week", "month"], Query(description="weeks start on Monday")] = "day",
                   both_directions: bool = False, start: Start = None, end: End = None, quad_class: Quads = [],
                   factuality: Factuality = "asserted") -> Any:
        """Events per day or week from source to target (and back, with both_directions)."""
        return asdict(analyse.timeseries(store, source=source, target=target, level=level, interval=interval,
                                         both_directions=both_directions, factuality=factuality,
                                         quad_class=tuple(quad_class), start=start, end=end))

    @router.get("/map", response_model=s.MapOut)
    def map_points(start: Start = None, end: End = None, quad_class: Quads = [], factuality: Factuality = "asserted") -> Any:
        """Events with coordinates, one point per place."""
        where = _filter(quad_class=quad_class, factuality=factuality, start=start, end=end)
        return {"points": [asdict(p) for p in analyse.map_points(store, where)]}

    @router.get("/documents", response_model=s.DocumentPageOut)
    def documents(limit: Limit = 50, offset: Offset = 0) -> Any:
        """Stored documents, newest first."""
        return asdict(analyse.list_documents(store, limit=limit, offset=offset))

    @router.get("/documents/{doc_id}", response_model=s.DocumentOut, responses={404: {"model": s.ErrorOut}})
    def document(doc_id: str) -> Any:
        """One document with its text and all its events."""
        return asdict(analyse.get_document(store, doc_id))

    return router


def _code(body: s.CodeIn) -> tuple[str, list[Any]]:
    """The language and events of a text; the pipelines load on the first call."""
    from ..events.api import code_text
    from ..nlp import detect_language

    lang = detect_language(body.text) if body.lang == "auto" else body.lang
    return lang, code_text(body.text, lang=lang, date=body.date)


def _code_routes() -> APIRouter:
    router = APIRouter()

    @router.post("/code", response_model=s.CodeOut)
    def code(body: s.CodeIn) -> Any:
        """Code a text (every factuality) without storing it."""
        lang, events = _code(body)
        return {"lang": lang, "text": body.text, "events": [analyse.with_names(e.to_dict()) for e in events]}

    return router


def _write_routes(store: Store) -> APIRouter:
    router = APIRouter()
    lock = threading.Lock()  # one connection writes; transactions must not interleave on it

    @router.post("/documents", response_model=s.StoredDocumentOut, status_code=201)
    def add_document(body: s.DocumentIn) -> Any:
        """Code a text and store it with its events (a text already stored is coded again)."""
        lang, events = _code(body)
        record = DocumentRecord(body.text, source="api", url=body.url, title=body.title, date=body.date, lang=lang,
                                site=body.site)
        with lock:
            run = store.start_run("serve")
            outcome = store.write_document(record, events, lang=lang, run_id=run)
            store.finish_run(run, pipelines={}, counts={outcome: 1, "events": len(events)})
        return {"outcome": outcome, "document": asdict(analyse.get_document(store, record.id))}

    return router


def _error_status(exc: LagebildError) -> int:
    if exc.code in _SERVER_ERRORS:
        return 500
    return _CLIENT_ERRORS.get(exc.code, 422)


def create_app(db_path: str | Path, *, token: str | None = None, read_only: bool = True,
               max_body_bytes: int = DEFAULT_MAX_BODY, rate_limit: str = DEFAULT_RATE_LIMIT,
               code_rate_limit: str = DEFAULT_CODE_RATE_LIMIT, static_dir: Path | None = STATIC_DIR) -> FastAPI:
    """The API over the store at `db_path` (opened read-only unless `read_only=False`, which
    also adds POST /api/documents).  With a `token`, every /api/ route but /api/health needs it.
    A missing or unreadable store is a one-line LagebildError here, before anything serves."""
    default_rate, code_rate = parse_rate(rate_limit), parse_rate(code_rate_limit, "--code-rate-limit")
    store = open_store(db_path, read_only=read_only)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    # Swagger UI and ReDoc load their scripts from a CDN; the API stays offline, so only the
    # schema itself is served (/openapi.json).
    app = FastAPI(title="Lagebild", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Political events coded from German and English news, from an embedded DuckDB store.")

    @app.get("/api/health", response_model=s.Health, tags=["meta"])
    def health() -> Any:
        """Whether the server is up (needs no token)."""
        return {"status": "ok", "version": __version__, "writable": not read_only}

    # Without a token the routes declare no security, so the OpenAPI schema says what is true.
    guarded = [Depends(require_token(token))] if token else []
    errors = {**_COMMON_ERRORS, **(_AUTH_ERRORS if token else {})}
    app.include_router(_read_routes(store), prefix="/api", dependencies=guarded, responses=errors, tags=["read"])
    app.include_router(_code_routes(), prefix="/api", dependencies=guarded, responses=errors, tags=["code"])
    if not read_only:
        app.include_router(_write_routes(store), prefix="/api", dependencies=guarded, responses=errors, tags=["write"])

    @app.exception_handler(LagebildError)
    async def lagebild_error(_: Request, exc: LagebildError) -> JSONResponse:
        return JSONResponse({"detail": exc.one_line()}, status_code=_error_status(exc))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        # The promise is "never a traceback": name the error in one line, keep the details out.
        return JSONResponse({"detail": f"[E999] internal error: {type(exc).__name__}"}, status_code=500)

    if static_dir is not None and static_dir.is_dir():
        # After the API routes, so /api/… never falls through to a file; the pages hold no data
        # and need no token.
        app.mount("/", StaticFiles(directory=static_dir, html=True), name="dashboard")

    app.add_middleware(RateLimit, default=default_rate, special={("POST", "/api/code"): code_rate})
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)  # added last: runs first
    return app
