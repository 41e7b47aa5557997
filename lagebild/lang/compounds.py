"""Compound words, for languages that write them as one word (`compound_nouns` in grammar.yaml):
"Luftangriff" is an "Angriff", "Regierungssoldaten" are "Soldaten".  One rule serves the event
nouns and the actor sector nouns: a listed word counts at the end of a longer word when what
precedes it is at least `MIN_PREFIX` letters long (no "Rangriff" from "Angriff")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")

MIN_PREFIX = 3


def ends_with_part(word: str, part: str) -> bool:
    """Whether `word` is a compound ending in `part` ("friedensgespräche", "gespräche")."""
    return word.endswith(part) and len(word) - len(part) >= MIN_PREFIX


def last_part(word: str, table: Mapping[str, T]) -> T | None:
    """The entry of the longest key of `table` that `word` ends with as a compound, or None: the
    word's suffixes, longest first, looked up."""
    for start in range(MIN_PREFIX, len(word)):
        found = table.get(word[start:])
        if found is not None:
            return found
    return None
