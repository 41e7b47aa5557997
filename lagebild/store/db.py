"""The embedded DuckDB store: documents, their events, coding runs and ingest errors.

A document row and all its events are written in one transaction: a crash or an error in the
middle leaves either the whole document or nothing of it.  Documents are keyed by the sha256 of
their whitespace-normalised text, so the same content ingested twice is stored once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any, Self

import duckdb

from ..errors import ErrorCode, LagebildError
from ..events.records import Event
from .rows import EVENT_COLUMNS, event_row
from .schema import migrate
from .version import CoderVersion, coder_version

DEFAULT_DB = "lagebild.duckdb"


def content_id(text: str) -> str:
    """The document id: sha256 of the text with runs of whitespace collapsed and ends stripped."""
    return hashlib.sha256(" ".join(text.split()).encode("utf8")).hexdigest()


@dataclass(frozen=True)
class DocumentRecord:
    """A document as stored: its text and what is known about where it came from."""

    text: str
    source: str | None = None
    url: str | None = None
    external_id: str | None = None
    title: str | None = None
    date: Date | None = None
    lang: str | None = None
    author: str | None = None
    site: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.text)


_DOC_COLUMNS = ("id", "text", "source", "url", "external_id", "title", "date", "lang", "author", "site", "meta",
                "inserted_at", "coded_at", "coder_version", "run_id")
_INSERT_DOCUMENTS = (
    f"INSERT INTO documents ({', '.join(_DOC_COLUMNS)}) SELECT "
    + ", ".join(f"unnest(${n + 1}::{t}[])" for n, t in enumerate(
        ("VARCHAR",) * 6 + ("DATE",) + ("VARCHAR",) * 4))
    + ", current_timestamp::TIMESTAMP, current_timestamp::TIMESTAMP, $12, $13"
)


def _insert_events_sql(con: duckdb.DuckDBPyConnection) -> str:
    """INSERT … SELECT unnest($1::T1[]), … — each parameter one column of the batch, cast to the
    column's own type (a Python list of ints and floats, or of None only, has no single type)."""
    types = dict(con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events' "
        "AND table_schema = current_schema()").fetchall())
    selects = ", ".join(f"unnest(${n + 1}::{types[c]}[])" for n, c in enumerate(EVENT_COLUMNS))
    return f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT {selects}"


class Store:
    """One open store.  Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._events_sql: str | None = None
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            raise LagebildError(ErrorCode.E008, self.path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise LagebildError(ErrorCode.E020, self.path, reason=_first_line(exc)) from None
        if read_only:
            from .schema import current_version, latest_version

            found = current_version(self.con)
            if found > latest_version():
                raise LagebildError(ErrorCode.E021, self.path, found=found, supported=latest_version())
        else:
            migrate(self.con, self.path)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, command: str, version: CoderVersion | None = None) -> int:
        version = version or coder_version()
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM coding_runs").fetchone()
        run_id = int(row[0]) if row else 1
        self.con.execute(
            "INSERT INTO coding_runs (run_id, started_at, coder_version, package_version, dictionaries, command) "
            "VALUES (?, current_timestamp::TIMESTAMP, ?, ?, ?, ?)",
            [run_id, version.label, version.package, version.dictionaries, command],
        )
        return run_id

    def finish_run(self, run_id: int, *, pipelines: dict[str, str], counts: dict[str, int]) -> None:
        self.con.execute(
            "UPDATE coding_runs SET finished_at = current_timestamp::TIMESTAMP, pipelines = ?, docs_stored = ?, "
            "docs_recoded = ?, docs_skipped = ?, docs_failed = ?, events_stored = ? WHERE run_id = ?",
            [json.dumps(pipelines, sort_keys=True), counts.get("stored", 0), counts.get("recoded", 0),
             counts.get("skipped", 0), counts.get("failed", 0), counts.get("events", 0), run_id],
        )

    def record_error(self, run_id: int, error: LagebildError | str, subject: str | None = None) -> None:
        if isinstance(error, LagebildError):
            code, message, subject = error.code.name, error.one_line(), subject or error.subject or ""
        else:
            code = error[1:5] if error.startswith("[E") else "E999"
            message = error
        self.con.execute("INSERT INTO ingest_errors VALUES (?, current_timestamp::TIMESTAMP, ?, ?, ?)",
                         [run_id, subject or "", code, message])

    # -- documents ----------------------------------------------------------------------------

    def coder_version_of(self, doc_id: str) -> str | None:
        """The coder version a stored document was coded with, or None when it is not stored."""
        row = self.con.execute("SELECT coder_version FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def stale_documents(self, current: str) -> Iterator[tuple[str, DocumentRecord]]:
        """Stored documents coded with a coder version other than `current`."""
        rows = self.con.execute(
            "SELECT id, text, source, url, external_id, title, date, lang, author, site, meta FROM documents "
            "WHERE coder_version <> ? ORDER BY inserted_at, id", [current]
        ).fetchall()
        for (doc_id, text, source, url, ext, title, date, lang, author, site, meta) in rows:
            yield doc_id, DocumentRecord(text, source, url, ext, title, date, lang, author, site, json.loads(meta or "{}"))

    def write_document(self, doc: DocumentRecord, events: Sequence[Event], *, lang: str | None, run_id: int,
                       version: str | None = None) -> str:
        """Store a document with its events, or replace the events of one already stored (recode);
        all in one transaction.  Returns "stored" or "recoded"."""
        return self.write_documents([(doc, events, lang)], run_id=run_id, version=version)[0]

    def write_documents(self, batch: Sequence[tuple[DocumentRecord, Sequence[Event], str | None]], *, run_id: int,
                        version: str | None = None) -> list[str]:
        """Store a batch of (document, its events, its language) in one transaction: new documents
        are inserted, stored ones get these events instead of theirs (recode).  A crash or error
        leaves the whole batch or none of it.  Returns "stored" or "recoded" per document.

        Rows go in column-wise (one list per column, unnested by DuckDB): one statement per
        table and batch instead of one per row, which is what made per-row inserts slow."""
        version = version or coder_version().label
        ids = [doc.id for doc, _events, _lang in batch]
        if len(set(ids)) != len(ids):
            raise ValueError("a batch holds each document once")
        self.con.begin()
        try:
            found = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids]).fetchall()
            existing = {row[0] for row in found}
            if existing:
                stale = sorted(existing)
                lang_of = {doc_id: lang for (_doc, _events, lang), doc_id in zip(batch, ids)}
                langs = [lang_of[doc_id] for doc_id in stale]
                self.con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [stale])
                self.con.execute(
                    "UPDATE documents SET coded_at = current_timestamp::TIMESTAMP, coder_version = $1, run_id = $2, "
                    "lang = coalesce(u.lang, documents.lang) FROM (SELECT unnest($3::VARCHAR[]) AS id, unnest($4::VARCHAR[]) AS lang) u "
                    "WHERE documents.id = u.id", [version, run_id, stale, langs])
            new = [(doc_id, (doc, lang)) for (doc, _events, lang), doc_id in zip(batch, ids) if doc_id not in existing]
            if new:
                self._insert_documents([i for i, _ in new], [d for _, d in new], run_id=run_id, version=version)
            rows = [event_row(e, doc_id=doc_id, mention=n, coder_version=version)
                    for (_doc, events, _lang), doc_id in zip(batch, ids) for n, e in enumerate(events)]
            if rows:
                self._insert_events(rows)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return ["recoded" if doc_id in existing else "stored" for doc_id in ids]

    def _insert_documents(self, ids: list[str], docs: Sequence[tuple[DocumentRecord, str | None]], *, run_id: int,
                          version: str) -> None:
        columns = [
            ids, [d.text for d, _ in docs], [d.source for d, _ in docs], [d.url for d, _ in docs],
            [d.external_id for d, _ in docs], [d.title for d, _ in docs],
            [d.date.isoformat() if d.date else None for d, _ in docs], [lang or d.lang for d, lang in docs],
            [d.author for d, _ in docs], [d.site for d, _ in docs],
            [json.dumps(d.meta, ensure_ascii=False, default=str) if d.meta else None for d, _ in docs],
        ]
        self.con.execute(_INSERT_DOCUMENTS, [*columns, version, run_id])

    def _insert_events(self, rows: Sequence[tuple[Any, ...]]) -> None:
        if self._events_sql is None:
            self._events_sql = _insert_events_sql(self.con)
        self.con.execute(self._events_sql, [list(column) for column in zip(*rows)])

    def attach_parquet(self, directory: str | Path, part: str = "*.parquet") -> tuple[int, int]:
        """Take in Parquet partitions written by parallel coding (`directory/documents/PART` and
        `directory/events/PART`, the store's own columns), each partition in one transaction:
        new documents are inserted with their events, documents already stored get the
        partition's events instead of theirs (recode).  Returns (stored, recoded)."""
        docs = str(Path(directory) / "documents" / part)
        events = str(Path(directory) / "events" / part)
        cols = ", ".join(EVENT_COLUMNS)
        doc_cols = ", ".join(_DOC_COLUMNS)
        self.con.begin()
        try:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _part_docs AS SELECT {doc_cols} FROM read_parquet(?)", [docs])
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _part_events AS SELECT {cols} FROM read_parquet(?)", [events])
            row = self.con.execute("SELECT count(*) FROM _part_docs p JOIN documents d ON d.id = p.id").fetchone()
            recoded = int(row[0]) if row else 0
            self.con.execute("DELETE FROM events WHERE doc_id IN (SELECT id FROM _part_docs)")
            self.con.execute(
                "UPDATE documents SET coded_at = p.coded_at, coder_version = p.coder_version, run_id = p.run_id, "
                "lang = coalesce(p.lang, documents.lang) FROM _part_docs p WHERE documents.id = p.id")
            self.con.execute(f"INSERT INTO documents ({doc_cols}) SELECT {doc_cols} FROM _part_docs "
                             "WHERE id NOT IN (SELECT id FROM documents)")
            self.con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _part_events ORDER BY doc_id, mention")
            row = self.con.execute("SELECT count(*) FROM _part_docs").fetchone()
            total = int(row[0]) if row else 0
            self.con.execute("DROP TABLE _part_docs")
            self.con.execute("DROP TABLE _part_events")
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise LagebildError(ErrorCode.E018, str(directory), kind="Parquet", reason=_first_line(exc)) from None
        except BaseException:
            self.con.rollback()
            raise
        return total - recoded, recoded

    # -- reading ------------------------------------------------------------------------------

    def sql(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a query; returns (column names, rows).  Errors become one-line E022s."""
        try:
            cursor = self.con.execute(query, params or [])
            columns = [d[0] for d in cursor.description or []]
            return columns, cursor.fetchall()
        except duckdb.Error as exc:
            raise LagebildError(ErrorCode.E022, self.path, reason=_first_line(exc)) from None

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "events", "coding_runs", "ingest_errors"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    return Store(path, read_only=read_only)
