"""Every error Lagebild reports to a user, in one place, each with a code you can grep for.

A `LagebildError` carries a code, the thing it is about (a file, a record id) and the reason; the
CLI prints it as one line and exits non-zero, never a traceback.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    E001 = "input is empty or whitespace only"
    E002 = "input looks binary, not text"
    E003 = "input is not decodable text in any known encoding"
    E004 = "input is too long ({size:,} characters; the limit is {limit:,}, raise it with --max-chars)"
    E005 = "no pipeline is available for language '{lang}' (available: {available})"
    E006 = "could not load spaCy pipeline '{name}': {reason}"
    E007 = "language could not be identified (too little text); pass --lang"
    E008 = "file not found"
    E009 = "invalid data file: {reason}"
    E010 = "invalid setting {key}: {reason}"
    E011 = "unknown output format '{fmt}' (choose from {choices})"
    E012 = "shared corpus not found at {path}; pass --shared"
    E013 = "unknown CAMEO code '{value}'"
    E014 = "invalid date '{value}' (use YYYY-MM-DD)"
    E015 = "bad JSON line: {reason}"
    E016 = "no article text found in the HTML{detail}"
    E017 = "bad record: {reason}"
    E018 = "cannot read {kind} file: {reason}"
    E019 = "no input matches this pattern"
    E020 = "cannot open the store: {reason}"
    E021 = "the store has schema version {found}, newer than this Lagebild knows ({supported}); upgrade Lagebild"
    E022 = "query failed: {reason}"
    E023 = "truncated HTML: the document ends before </body> or </html>"
    E024 = "cannot run in parallel: {reason}"
    E025 = "invalid {name} '{value}' (choose from {choices})"
    E026 = "document not found"
    E030 = "cannot write the report: {reason}"


class LagebildError(Exception):
    """An expected failure with a stable code, the subject it concerns, and a one-line reason."""

    def __init__(self, code: ErrorCode, subject: str | None = None, **details: object) -> None:
        self.code = code
        self.subject = subject
        self.details = details
        self.reason = code.value.format(**details) if details else code.value
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.subject}: " if self.subject else ""
        return f"[{self.code.name}] {where}{self.reason}"


def describe_exception(exc: BaseException) -> str:
    """An unexpected exception in one line, for an internal error (E999): its type and the first
    line of its message ("IndexError: list index out of range")."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
