"""Readers: paths, directories, globs and stdin in; `DocumentRecord`s (or one-line errors naming
the input) out, in input order.

Formats come from the file name — .txt/.text/.md (plain text), .html/.htm/.xhtml, .jsonl/.ndjson,
.csv/.tsv, .parquet — or `input_format`; standard input and unknown extensions are sniffed
(HTML, JSON lines, else text).  Tables need a `text` column; `id`, `title`, `date`, `lang`,
`url`, `author`, `site` are used when present and any other column is kept in `meta`.

A directory may hold a `metadata.jsonl` sidecar: one object per line with a `file` key (a path
relative to the sidecar's folder) and the same metadata fields, given to that text or HTML file
(over what the HTML page says).  The sidecar is the folder's manifest: the sidecar itself and
files in its folder it does not name (a README) are not documents.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from collections.abc import Mapping
from typing import Any, BinaryIO

from ..errors import ErrorCode, LagebildError
from ..store.db import DocumentRecord
from ..text import clean, decode
from .html import extract_article, looks_like_html

FORMATS = ("auto", "text", "html", "jsonl", "csv", "parquet")
_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
}
_KNOWN_COLUMNS = {"text", "id", "title", "date", "lang", "language", "url", "source_url", "author", "site", "source"}
_GLOB_CHARS = set("*?[")
SIDECAR = "metadata.jsonl"

Item = DocumentRecord | LagebildError


@dataclass(frozen=True)
class Source:
    """One input to read: a file path, or '-' for standard input; `fmt` is resolved or "auto"."""

    path: str
    fmt: str
    # Metadata for this file from a directory's metadata.jsonl sidecar (without its `file` key).
    meta: Mapping[str, Any] | None = field(default=None, compare=False)

    @property
    def subject(self) -> str:
        return "<stdin>" if self.path == "-" else self.path


def expand(paths: list[str], input_format: str = "auto") -> Iterator[Source | LagebildError]:
    """Every file named, found under a directory (recursively, known extensions only, hidden files
    skipped) or matched by a glob, in sorted order within each argument."""
    if input_format not in FORMATS:
        raise LagebildError(ErrorCode.E011, fmt=input_format, choices=", ".join(FORMATS))
    for arg in paths:
        if arg == "-":
            yield Source("-", input_format)
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _BY_SUFFIX
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            sidecars: dict[Path, dict[str, Any]] = {}
            sidecar_files: set[Path] = set()
            for file in (f for f in files if f.name == SIDECAR):
                found = _sidecar(file)
                if found is not None:
                    sidecar_files.add(file)
                    sidecars.update(found[0])
                    yield from found[1]
            manifest_dirs = {f.parent for f in sidecar_files}
            for file in files:
                if file in sidecar_files or (file.parent in manifest_dirs and file.resolve() not in sidecars):
                    continue  # a folder with a sidecar holds the files it names (and perhaps a README)
                yield Source(str(file), _format_of(file, input_format), sidecars.get(file.resolve()))
        elif path.is_file():
            yield Source(arg, _format_of(path, input_format))
        elif _GLOB_CHARS & set(arg):
            matches = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            if not matches:
                yield LagebildError(ErrorCode.E019, arg)
            for match in matches:
                yield Source(match, _format_of(Path(match), input_format))
        else:
            yield LagebildError(ErrorCode.E008, arg)


def _sidecar(path: Path) -> tuple[dict[Path, dict[str, Any]], list[LagebildError]] | None:
    """The files a metadata.jsonl describes and one error per line naming a missing file, or None
    when it is an ordinary JSON-lines input (its objects have a `text` or lack a `file`)."""
    try:
        records = [json.loads(line) for line in path.read_text(encoding="utf8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # read as an ordinary input, which reports what is wrong with it
    if not records or not all(isinstance(r, dict) and isinstance(r.get("file"), str) and "text" not in r for r in records):
        return None
    out: dict[Path, dict[str, Any]] = {}
    errors: list[LagebildError] = []
    for n, record in enumerate(records, start=1):
        target = (path.parent / record["file"]).resolve()
        if not target.is_file():
            errors.append(LagebildError(ErrorCode.E017, f"{path}:{n}", reason=f"names {record['file']!r}, which is not in its folder"))
            continue
        out[target] = {k: v for k, v in record.items() if k != "file"}
    return out, errors


def _format_of(path: Path, input_format: str) -> str:
    return input_format if input_format != "auto" else _BY_SUFFIX.get(path.suffix.lower(), "auto")


def read(source: Source, *, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """The documents of one input; a bad input or record yields a LagebildError and reading goes on
    with the next record."""
    subject = source.subject
    try:
        if source.fmt == "parquet":
            yield from _parquet(source.path, subject)
            return
        data = (stdin or sys.stdin.buffer).read() if source.path == "-" else Path(source.path).read_bytes()
        content = clean(decode(data, subject))
    except LagebildError as exc:
        yield exc
        return
    except OSError as exc:
        yield LagebildError(ErrorCode.E018, subject, kind="input", reason=exc.strerror or type(exc).__name__)
        return
    fmt = source.fmt if source.fmt != "auto" else _sniff(content)
    if source.meta is not None and fmt in ("text", "html"):
        yield _with_sidecar(_html(content, subject) if fmt == "html" else _text(content, subject), source.meta, subject)
    elif fmt == "html":
        yield _html(content, subject)
    elif fmt == "jsonl":
        yield from _jsonl(content, subject)
    elif fmt == "csv":
        yield from _csv(content, subject, delimiter="\t" if source.path.lower().endswith(".tsv") else None)
    else:
        yield _text(content, subject)


def _sniff(content: str) -> str:
    if looks_like_html(content):
        return "html"
    first = next((line for line in content.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


def _with_sidecar(item: Item, meta: Mapping[str, Any], subject: str) -> Item:
    """A text or HTML file's document with its sidecar metadata laid over what the file gave."""
    if isinstance(item, LagebildError):
        return item
    given = {"url": item.url, "title": item.title, "date": item.date, "author": item.author, "site": item.site}
    merged = {**{k: v for k, v in given.items() if v is not None}, **meta, "text": item.text}
    found = _record(merged, subject)
    return found if isinstance(found, LagebildError) else replace(found, source=item.source)


def _text(content: str, subject: str) -> Item:
    if not content.strip():
        return LagebildError(ErrorCode.E001, subject)
    return DocumentRecord(content, source=subject)


def _html(content: str, subject: str) -> Item:
    if not content.strip():
        return LagebildError(ErrorCode.E001, subject)
    try:
        article = extract_article(content, subject)
        return DocumentRecord(article.text, source=subject, url=article.url, title=article.title,
                              date=_date(article.date, subject), author=article.author, site=article.site)
    except LagebildError as exc:
        return exc


def _date(value: Any, subject: str) -> Date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, Date):
        return value
    text = str(value).strip()
    try:
        return Date.fromisoformat(text[:10]) if len(text) >= 10 and text[4:5] == "-" else Date.fromisoformat(text)
    except ValueError:
        raise LagebildError(ErrorCode.E014, subject, value=text) from None


def _record(record: dict[str, Any], subject: str) -> Item:
    """A table row or JSON object to a document; `subject` names it (file:line or file:record)."""
    try:
        text = record.get("text")
        if not isinstance(text, str):
            raise LagebildError(ErrorCode.E017, subject, reason="no string 'text' field")
        text = clean(text)
        if not text.strip():
            raise LagebildError(ErrorCode.E001, subject)
        lang = record.get("lang") or record.get("language")

        def opt(*keys: str) -> str | None:
            for key in keys:
                if record.get(key) not in (None, ""):
                    return str(record[key])
            return None

        meta = {k: v for k, v in record.items() if k not in _KNOWN_COLUMNS and v not in (None, "")}
        return DocumentRecord(
            text, source=subject, url=opt("url", "source_url"), external_id=opt("id"), title=opt("title"),
            date=_date(record.get("date"), subject), lang=str(lang) if lang else None, author=opt("author"),
            site=opt("site", "source"), meta=meta,
        )
    except LagebildError as exc:
        return exc


def _jsonl(content: str, subject: str) -> Iterator[Item]:
    seen = False
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{subject}:{n}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield LagebildError(ErrorCode.E015, where, reason=str(exc).splitlines()[0])
            continue
        if not isinstance(record, dict):
            yield LagebildError(ErrorCode.E015, where, reason="each line must be a JSON object")
            continue
        yield _record(record, where)
    if not seen:
        yield LagebildError(ErrorCode.E001, subject)


def _csv(content: str, subject: str, delimiter: str | None) -> Iterator[Item]:
    if not content.strip():
        yield LagebildError(ErrorCode.E001, subject)
        return
    csv.field_size_limit(2**31 - 1)
    if delimiter is None:
        header = content.split("\n", 1)[0]
        delimiter = "\t" if header.count("\t") > header.count(",") else ("," if "," in header or ";" not in header else ";")
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    fields = reader.fieldnames or []
    if "text" not in fields:
        yield LagebildError(ErrorCode.E018, subject, kind="CSV", reason=f"no 'text' column (columns: {', '.join(fields)})")
        return
    try:
        start = reader.line_num + 1
        for row in reader:
            where = f"{subject}:{start}"
            start = reader.line_num + 1
            if None in row:  # more cells than header columns
                yield LagebildError(ErrorCode.E017, where, reason=f"{len(fields) + len(row[None])} cells for {len(fields)} columns")  # type: ignore[index]
                continue
            yield _record(dict(row), where)
    except csv.Error as exc:
        yield LagebildError(ErrorCode.E018, f"{subject}:{reader.line_num}", kind="CSV", reason=str(exc))


def _parquet(path: str, subject: str) -> Iterator[Item]:
    import duckdb

    if path == "-":
        yield LagebildError(ErrorCode.E018, subject, kind="Parquet", reason="Parquet cannot be read from standard input")
        return
    con = duckdb.connect(":memory:")
    try:
        try:
            cursor = con.execute("SELECT * FROM read_parquet(?)", [path])
        except duckdb.Error as exc:
            yield LagebildError(ErrorCode.E018, subject, kind="Parquet", reason=str(exc).strip().splitlines()[0])
            return
        columns = [d[0] for d in cursor.description or []]
        if "text" not in columns:
            yield LagebildError(ErrorCode.E018, subject, kind="Parquet", reason=f"no 'text' column (columns: {', '.join(columns)})")
            return
        n = 0
        while rows := cursor.fetchmany(256):
            for row in rows:
                n += 1
                yield _record(dict(zip(columns, row)), f"{subject}:{n}")
    finally:
        con.close()


def estimate(source: Source) -> int | None:
    """How many documents an input holds, cheaply, for the progress bar's ETA (None: unknown)."""
    try:
        if source.path == "-":
            return None
        if source.fmt in ("text", "html"):
            return 1
        if source.fmt == "jsonl":
            with open(source.path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        if source.fmt == "csv":
            with open(source.path, "rb") as handle:
                return max(sum(1 for line in handle if line.strip()) - 1, 0)  # rows with embedded newlines overcount
        if source.fmt == "parquet":
            import duckdb

            with duckdb.connect(":memory:") as con:
                row = con.execute("SELECT count(*) FROM read_parquet(?)", [source.path]).fetchone()
            return int(row[0]) if row else None
    except Exception:  # noqa: BLE001 -- an estimate must never stop ingestion; the reader reports the real problem
        return None
    return 1
