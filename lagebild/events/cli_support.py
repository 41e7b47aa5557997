"""What the `lagebild code` command needs beyond the API: reading its inputs and drawing the table."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import BinaryIO

from ..errors import ErrorCode, LagebildError
from ..settings import Settings
from ..text import read_source
from ..dates import as_date
from .api import CodedDoc, InputDoc, code_docs


def _jsonl_docs(subject: str, content: str, lang: str, default_date: Date | None) -> Iterator[InputDoc | CodedDoc]:
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{subject}:{n}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("each line must be an object with a string 'text'")
            doc_id = str(record.get("id", where))
            yield InputDoc(doc_id, record["text"], str(record.get("lang") or lang), as_date(record.get("date"), where) or default_date)
        except (ValueError, LagebildError) as exc:
            err = exc if isinstance(exc, LagebildError) else LagebildError(ErrorCode.E015, where, reason=str(exc).splitlines()[0])
            yield CodedDoc(where, None, error=err.one_line())


def code_inputs(
    paths: list[str], *, lang: str, date: str | None, input_format: str, stdin: BinaryIO, people: bool = True,
    settings: Settings | None = None,
) -> Iterator[CodedDoc]:
    """Code every input in order; unreadable inputs become CodedDocs with an error."""
    if input_format not in ("text", "jsonl"):
        raise LagebildError(ErrorCode.E011, fmt=input_format, choices="text, jsonl")
    default_date = as_date(date, "--date")

    def inputs() -> Iterator[InputDoc | CodedDoc]:
        for source in paths:
            try:
                subject, content = read_source(source, stdin_bytes=stdin.read() if source == "-" else None)
            except LagebildError as exc:
                yield CodedDoc(source, None, error=exc.one_line())
                continue
            if input_format == "jsonl":
                yield from _jsonl_docs(subject, content, lang, default_date)
            else:
                yield InputDoc(Path(subject).name, content, lang, default_date)

    pending: list[InputDoc] = []
    for item in inputs():
        if isinstance(item, CodedDoc):
            yield from code_docs(pending, people=people, settings=settings)
            pending = []
            yield item
        else:
            pending.append(item)
    yield from code_docs(pending, people=people, settings=settings)


def _actor(a) -> str:
    return f"{a.code}" + (f" ({a.text})" if a.text else "") if a is not None else "—"


def table(coded: CodedDoc, *, show_all: bool) -> str:
    shown = [e for e in coded.events if show_all or e.factuality == "asserted"]
    lines = [f"== {coded.id} [{coded.lang or '-'}]  {len(coded.events)} events"]
    for e in shown:
        mark = "" if e.factuality == "asserted" else f"  [{e.factuality}: {e.cue.text if e.cue else ''}]"
        lines.append(f"  s{e.sentence:<3} {_actor(e.source):28s} {e.cameo:5s} {_actor(e.target):28s} "
                     f"{e.plover.type if e.plover else '-':10s} «{e.trigger.text}» {e.pattern}{mark}")
    hidden = Counter(e.factuality for e in coded.events if e not in shown)
    if hidden:
        lines.append("  not shown (use --all): " + ", ".join(f"{n} {k}" for k, n in sorted(hidden.items())))
    return "\n".join(lines)
