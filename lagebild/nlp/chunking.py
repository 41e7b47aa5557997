"""Split long texts into pieces spaCy can parse quickly, without losing a character.

Each piece ends just after a paragraph break, a sentence end or at least a space where possible,
so concatenating the pieces gives back the exact text and token offsets stay document offsets.
"""

from __future__ import annotations

import re

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?…][\"'»«“”)]*\s+"), re.compile(r"\s+"))


def split_text(text: str, max_chars: int) -> list[str]:
    """Pieces of at most `max_chars` characters whose concatenation is `text`."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if ends and ends[-1] > max_chars // 4:
                cut = ends[-1]
                break
        cut = cut or max_chars  # one enormous run without spaces: cut it hard
        pieces.append(text[start : start + cut])
        start += cut
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces
