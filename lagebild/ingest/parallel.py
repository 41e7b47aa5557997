"""Coding on more than one core: `code_share` codes one share of documents with a coder built in
the worker (batched `nlp.pipe` inside `code_docs`).  Processes (`workers`) send the coded
documents back to the parent, which alone writes to DuckDB (one writer); Ray tasks (`engine="ray"`)
each write their share as a Parquet partition (`documents/part-K.parquet`, `events/part-K.parquet`)
that the parent then attaches to the store with `Store.attach_parquet`.

A worker builds its coder from a picklable zero-argument `factory` (a module-level function or a
`functools.partial` of one), once per process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..events.api import CodedDoc, InputDoc

if TYPE_CHECKING:
    from ..store.db import DocumentRecord
    from .run import Coder

_CODERS: dict[str, "Coder"] = {}


def default_coder_for(max_chars: int) -> "Coder":
    """The real coder with this settings' max_chars (a picklable factory via functools.partial)."""
    from dataclasses import replace

    from ..settings import load_settings
    from .run import default_coder

    return default_coder(replace(load_settings(), max_chars=max_chars))


def _coder(factory: Callable[[], "Coder"]) -> "Coder":
    key = repr(factory)
    if key not in _CODERS:
        _one_blas_thread()
        _CODERS[key] = factory()
    return _CODERS[key]


def _one_blas_thread() -> None:
    """Workers run one per core, and the pipelines multiply matrices with numpy's BLAS (see
    `lagebild.nlp`), which would otherwise start a thread per core in every worker and have them
    fight over the cores.  Called in the worker, so the limit holds for the rest of its life."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def code_share(factory: Callable[[], "Coder"], inputs: list[InputDoc]) -> list[CodedDoc]:
    """Code one share of documents in this process, in order."""
    return list(_coder(factory).code(inputs))


def code_partition(factory: Callable[[], "Coder"], docs: list["DocumentRecord"], inputs: list[InputDoc], out_dir: str,
                   part: int, run_id: int) -> tuple[str, list[tuple[str | None, str]], set[str], int]:
    """`code_share`, then the share's documents and events written as Parquet partition `part` of
    `out_dir` exactly as the store would hold them.  Returns (partition name, [(source, error)],
    languages, events)."""
    from ..store.db import Store

    coder = _coder(factory)
    errors: list[tuple[str | None, str]] = []
    langs: set[str] = set()
    events = 0
    name = f"part-{part:05d}.parquet"
    with Store(":memory:") as mem:
        batch = []
        for doc, coded in zip(docs, code_share(factory, inputs), strict=True):
            if coded.error is not None:
                errors.append((doc.source, coded.error))
                continue
            batch.append((doc, coded.events, coded.lang))
            if coded.lang:
                langs.add(coded.lang)
            events += len(coded.events)
        if batch:
            mem.write_documents(batch, run_id=run_id, version=coder.version.label)
        for table in ("documents", "events"):
            (Path(out_dir) / table).mkdir(parents=True, exist_ok=True)
            mem.con.execute(f"COPY {table} TO '{Path(out_dir) / table / name}' (FORMAT parquet)")
    return name, errors, langs, events
