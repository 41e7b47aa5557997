"""`ingest`: read inputs, code what is new (or stale, with `recode`), store each document with its
events in one transaction, and record every failure — one bad input never stops the batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from ..errors import ErrorCode, LagebildError
from ..events.api import CodedDoc, InputDoc
from ..settings import Settings
from ..store.db import DocumentRecord, Store
from ..store.dedup import refresh as refresh_clusters
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


class _Engine(Protocol):
    workers: int

    def submit(self, batch: list[DocumentRecord], inputs: list[InputDoc]) -> object: ...
    def collect(self, run: "_Run", handle: object) -> None: ...
    def close(self) -> None: ...


class _Processes:
    """`workers` processes (spawned: no fork of an open DuckDB) code shares; the parent writes."""

    def __init__(self, factory: Callable[[], Coder], workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.factory, self.workers = factory, workers
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, batch: list[DocumentRecord], inputs: list[InputDoc]) -> object:
        from .parallel import code_share

        return batch, self.pool.submit(code_share, self.factory, inputs)

    def collect(self, run: "_Run", handle: object) -> None:
        batch, future = handle  # type: ignore[misc]
        run.store_coded(batch, future.result())

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _Ray:
    """Ray tasks code shares and write Parquet partitions under `out_dir`; the parent attaches
    each to the store.  Starts a local Ray with `workers` CPUs unless Ray is already running."""

    def __init__(self, factory: Callable[[], Coder], workers: int, out_dir: str, run_id: int, keep: bool) -> None:
        import os
        import sys

        try:
            import ray
        except ImportError:
            raise LagebildError(ErrorCode.E024, "--engine ray", reason="Ray is not installed (pip install ray)") from None
        from .parallel import code_partition

        self.ray, self.factory, self.workers, self.out_dir, self.run_id, self.keep = ray, factory, workers, out_dir, run_id, keep
        self.owned = not ray.is_initialized()
        if self.owned:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False,
                     runtime_env={"env_vars": {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}})
        self.task = ray.remote(num_cpus=1)(code_partition)
        self.parts = 0

    def submit(self, batch: list[DocumentRecord], inputs: list[InputDoc]) -> object:
        self.parts += 1
        return self.task.remote(self.factory, batch, inputs, self.out_dir, self.parts, self.run_id)

    def collect(self, run: "_Run", handle: object) -> None:
        name, errors, langs, events = self.ray.get(handle)
        for source, error in errors:
            run.fail(error, source)
        stored, recoded = run.store.attach_parquet(self.out_dir, name)
        run.langs |= langs
        run.report.events += events
        run.report.stored += stored
        run.report.recoded += recoded
        run.progress.advance(stored + recoded)

    def close(self) -> None:
        if self.owned:
            self.ray.shutdown()
        if not self.keep:
            import shutil

            shutil.rmtree(self.out_dir, ignore_errors=True)


class _Run:
    def __init__(self, store: Store, coder: Coder, lang: str, recode: bool, batch_size: int,
                 on_error: Callable[[str], None] | None, progress: Progress, max_chars: int, window_days: int) -> None:
        self.store, self.coder, self.lang, self.recode, self.max_chars = store, coder, lang, recode, max_chars
        self.window_days = window_days
        self.batch_size, self.on_error, self.progress = batch_size, on_error, progress
        self.version = coder.version.label
        self.report = IngestReport(run_id=store.start_run("recode" if recode else "ingest", coder.version))
        self.pending: list[DocumentRecord] = []
        self.seen: set[str] = set()
        self.langs: set[str] = set()
        self.engine: _Engine | None = None
        self.in_flight: list[object] = []

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
        if self.engine is None:
            self.store_coded(batch, self.coder.code(inputs))
            return
        self.in_flight.append(self.engine.submit(batch, inputs))
        while len(self.in_flight) > 2 * self.engine.workers:
            self.engine.collect(self, self.in_flight.pop(0))

    def store_coded(self, batch: list[DocumentRecord], coded_docs: Iterable[CodedDoc]) -> None:
        """Write a coded batch in one transaction (one statement per table, not per row): a crash
        keeps the batches committed before it, whole, and none of this one."""
        good: list[tuple[DocumentRecord, CodedDoc]] = []
        for doc, coded in zip(batch, coded_docs, strict=True):
            if coded.error is not None:
                self.fail(coded.error, doc.source)
            else:
                good.append((doc, coded))
        if not good:
            return
        outcomes = self.store.write_documents([(doc, coded.events, coded.lang) for doc, coded in good],
                                              run_id=self.report.run_id, version=self.version)
        for (_doc, coded), outcome in zip(good, outcomes, strict=True):
            self.stored(outcome, coded.lang, len(coded.events))

    def stored(self, outcome: str, lang: str | None, events: int) -> None:
        if lang:
            self.langs.add(lang)
        self.report.events += events
        if outcome == "recoded":
            self.report.recoded += 1
        else:
            self.report.stored += 1
        self.progress.advance()

    def finish(self) -> IngestReport:
        self.flush()
        if self.engine is not None:
            try:
                while self.in_flight:
                    self.engine.collect(self, self.in_flight.pop(0))
            finally:
                self.engine.close()
        try:
            pipelines = self.coder.describe(self.langs) if self.langs else {}
        except LagebildError:
            pipelines = {}
        # events across articles: the blocks this run touched (or a killed run left) are re-clustered
        refresh_clusters(self.store, self.window_days)
        self.store.finish_run(self.report.run_id, pipelines=pipelines, counts=self.report.counts())
        return self.report


# Documents coded and stored per transaction: 32 keeps spaCy's batches per language full (16,
# alternating languages, made the parse inside ingest ~4% slower on news), and a crash loses at
# most one batch's work — never stored data, which resume skips.
INGEST_BATCH_SIZE = 32


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
    batch_size: int = INGEST_BATCH_SIZE,
    max_chars: int | None = None,
    workers: int = 1,
    engine: str = "local",
    coder_factory: Callable[[], Coder] | None = None,
    parquet_dir: str | None = None,
) -> IngestReport:
    """Read, code and store every input.  Content already stored is skipped; with `recode`, content
    stored by another coder version is coded again and its events replaced.  With `recode` and no
    paths, every stale document in the store is re-coded.  Documents longer than `max_chars`
    (default: the settings') fail with E004.

    `workers` > 1 codes on that many processes (each builds its coder with `coder_factory`, a
    picklable zero-argument callable; default: the real coder); the parent alone writes to DuckDB.
    `engine="ray"` runs the same coding as Ray tasks that write Parquet partitions (kept under
    `parquet_dir`/run-N when given) which are then attached to the store."""
    from dataclasses import replace

    from ..settings import load_settings

    progress = progress or _NoProgress()
    settings = load_settings()
    max_chars = max_chars or settings.max_chars
    if engine not in ("local", "ray"):
        raise LagebildError(ErrorCode.E011, fmt=engine, choices="local, ray")
    parallel = workers > 1 or engine == "ray"
    if parallel and coder is not None and coder_factory is None:
        raise ValueError("parallel ingest builds a coder in each worker: pass coder_factory, not coder")
    if coder is None:
        coder = coder_factory() if coder_factory is not None else default_coder(replace(settings, max_chars=max_chars))
    if coder_factory is None:
        from functools import partial

        from .parallel import default_coder_for

        coder_factory = partial(default_coder_for, max_chars)
    run = _Run(store, coder, lang, recode, batch_size, on_error, progress, max_chars, settings.dedup_window_days)
    try:
        if engine == "ray":
            import tempfile
            from pathlib import Path

            keep = parquet_dir is not None
            out_dir = str(Path(parquet_dir) / f"run-{run.report.run_id}") if keep else tempfile.mkdtemp(prefix="lagebild-parts-")
            run.engine = _Ray(coder_factory, max(workers, 1), out_dir, run.report.run_id, keep)
        elif workers > 1:
            run.engine = _Processes(coder_factory, workers)
        return _feed(run, paths, recode, input_format, stdin, progress, store)
    except BaseException:
        if run.engine is not None:  # stopped early: what is in flight is dropped, workers stop
            run.engine.close()
        raise


def _feed(run: "_Run", paths: list[str], recode: bool, input_format: str, stdin: BinaryIO | None,
          progress: Progress, store: Store) -> IngestReport:
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
