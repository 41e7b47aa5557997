"""Turn whatever a user hands us (bytes, a path, stdin) into clean text, or a clear error.

Decoding tries UTF-8 first (news is almost always UTF-8), then lets charset-normalizer guess a
legacy encoding; data with NUL bytes or mostly control characters is refused as binary.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import ErrorCode, LagebildError

# Control characters other than tab/newline/carriage return carry no text and confuse tokenizers.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BINARY_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.05


def looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def decode(data: bytes, subject: str = "<input>") -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the best legacy encoding, else an error."""
    if looks_binary(data):
        raise LagebildError(ErrorCode.E002, subject)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise LagebildError(ErrorCode.E003, subject)
    return str(best)


def clean(text: str) -> str:
    """NFC-normalise and drop control characters; keeps character offsets meaningful for the
    cleaned text, which is what Lagebild stores and points evidence spans into."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def check_length(text: str, limit: int, subject: str = "<input>") -> str:
    if len(text) > limit:
        raise LagebildError(ErrorCode.E004, subject, size=len(text), limit=limit)
    return text


def read_source(source: str | Path, *, stdin_bytes: bytes | None = None) -> tuple[str, str]:
    """Read a path (or '-' for the given stdin bytes) and return (subject, text)."""
    if str(source) == "-":
        return "<stdin>", clean(decode(stdin_bytes or b"", "<stdin>"))
    path = Path(source)
    if not path.is_file():
        raise LagebildError(ErrorCode.E008, str(path))
    return str(path), clean(decode(path.read_bytes(), str(path)))
