"""`ingest`: read inputs, code what is new (or stale, with `recode`), store each document with its
events in one transaction, and record every failure — one bad input never stops the batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from ..errors import LagebildError
from ..events.api import CodedDoc, InputDoc
from ..settings import Settings
from ..store.db import DocumentRecord, Store
from ..store.version import CoderVersion, coder_version
from ..text import check_length
from .readers import Source, estimate, expand, read


class Progress(Protocol):
    def total(self, n: int | None) -> None: ...
    def advance(self, n: int = 1) -> None: ...


class _NoProgress:
    def total(self, n: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass(frozen=True)
class Coder:
    """What ingestion codes with: the stream function, a description of the pipelines behind a set
    of languages (recorded with the run), and the version stamped on what it stores.  Tests pass
    a fake; `default_coder` is the real one."""

    code: Callable[[Iterable[InputDoc]], Iterator[CodedDoc]]
    describe: Callable[[Iterable[str]], dict[str, str]]
    version: CoderVersion


def default_coder(settings: Settings | None = None) -> Coder:
    from ..events.api import code_docs
    from ..settings import load_settings

    settings = settings or load_settings()

    def describe(langs: Iterable[str]) -> dict[str, str]:
        from ..nlp import bundled_pipeline_path, load

        out = {}
        for lang in sorted(set(langs)):
            meta = load(lang, settings).meta
            where = settings.pipelines.get(lang) or str(bundled_pipeline_path(lang) or "")
            out[lang] = f"{meta.get('lang', lang)}_{meta.get('name', '?')} {meta.get('version', '?')} ({where})"
        return out

    return Coder(lambda docs: code_docs(docs, settings=settings), describe, coder_version())


@dataclass
class IngestReport:
    run_id: int = 0
    stored: int = 0
    recoded: int = 0
    skipped: int = 0  # already stored with this coder version, stale without --recode, or repeated in this run
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"stored": self.stored, "recoded": self.recoded, "skipped": self.skipped, "failed": self.failed, "events": self.events}

    def summary(self) -> str:
        return (f"{self.stored} documents stored, {self.recoded} recoded, {self.skipped} skipped, "
                f"{self.failed} failed; {self.events} events (run {self.run_id})")


class _Run:
    def __init__(self, store: Store, coder: Coder, lang: str, recode: bool, batch_size: int,
                 on_error: Callable[[str], None] | None, progress: Progress, max_chars: int) -> None:
        self.store, self.coder, self.lang, self.recode, self.max_chars = store, coder, lang, recode, max_chars
        self.batch_size, self.on_error, self.progress = batch_size, on_error, progress
        self.version = coder.version.label
        self.report = IngestReport(run_id=store.start_run("recode" if recode else "ingest", coder.version))
        self.pending: list[DocumentRecord] = []
        self.seen: set[str] = set()
        self.langs: set[str] = set()

    def fail(self, error: LagebildError | str, subject: str | None = None) -> None:
        message = error.one_line() if isinstance(error, LagebildError) else error
        self.report.failed += 1
        self.report.errors.append(message)
        self.store.record_error(self.report.run_id, error, subject)
        if self.on_error:
            self.on_error(message)
        self.progress.advance()

    def offer(self, doc: DocumentRecord) -> None:
        try:
            check_length(doc.text, self.max_chars, doc.source or "<input>")
        except LagebildError as exc:  # refused before hashing or coding, whatever the coder
            self.fail(exc, doc.source)
            return
        doc_id = doc.id
        stored_version = self.store.coder_version_of(doc_id)
        if doc_id in self.seen or (stored_version is not None and (stored_version == self.version or not self.recode)):
            self.report.skipped += 1
            self.progress.advance()
            return
        self.seen.add(doc_id)
        self.pending.append(doc)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        if not batch:
            return
        inputs = [InputDoc(doc.source or doc.id, doc.text, doc.lang or self.lang, doc.date) for doc in batch]
        for doc, coded in zip(batch, self.coder.code(inputs), strict=True):
            if coded.error is not None:
                self.fail(coded.error, doc.source)
                continue
            outcome = self.store.write_document(doc, coded.events, lang=coded.lang, run_id=self.report.run_id, version=self.version)
            if coded.lang:
                self.langs.add(coded.lang)
            self.report.events += len(coded.events)
            if outcome == "recoded":
                self.report.recoded += 1
            else:
                self.report.stored += 1
            self.progress.advance()

    def finish(self) -> IngestReport:
        self.flush()
        try:
            pipelines = self.coder.describe(self.langs) if self.langs else {}
        except LagebildError:
            pipelines = {}
        self.store.finish_run(self.report.run_id, pipelines=pipelines, counts=self.report.counts())
        return self.report


def ingest(
    paths: list[str],
    store: Store,
    *,
    lang: str = "auto",
    recode: bool = False,
    input_format: str = "auto",
    coder: Coder | None = None,
    stdin: BinaryIO | None = None,
    on_error: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    batch_size: int = 16,
    max_chars: int | None = None,
) -> IngestReport:
    """Read, code and store every input.  Content already stored is skipped; with `recode`, content
    stored by another coder version is coded again and its events replaced.  With `recode` and no
    paths, every stale document in the store is re-coded.  Documents longer than `max_chars`
    (default: the settings') fail with E004."""
    from dataclasses import replace

    from ..settings import load_settings

    progress = progress or _NoProgress()
    settings = load_settings()
    max_chars = max_chars or settings.max_chars
    coder = coder or default_coder(replace(settings, max_chars=max_chars))
    run = _Run(store, coder, lang, recode, batch_size, on_error, progress, max_chars)
    if recode and not paths:
        stale = list(store.stale_documents(run.version))
        progress.total(len(stale))
        for _doc_id, doc in stale:
            run.offer(doc)
        return run.finish()
    sources: list[Source | LagebildError] = list(expand(paths, input_format))
    estimates = [estimate(s) if isinstance(s, Source) else 1 for s in sources]
    progress.total(None if any(e is None for e in estimates) else sum(e for e in estimates if e is not None))
    for source in sources:
        if isinstance(source, LagebildError):
            run.fail(source)
            continue
        for item in read(source, stdin=stdin):
            if isinstance(item, LagebildError):
                run.fail(item)
            else:
                run.offer(item)
    return run.finish()
