"""Compound words, for languages that write them as one word (`compound_nouns` in grammar.yaml):
"Luftangriff" is an "Angriff", "Regierungssoldaten" are "Soldaten"; and a compound of a group and
a word for one of its people is one of that group ("Oppositionskandidat", "Rebellenführer").  One rule serves the event
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


def first_part(word: str, leads: Mapping[str, T], people: frozenset[str], links: tuple[str, ...]) -> T | None:
    """The entry of the key of `leads` that `word` starts with, joined by one of `links` (the
    linking letters of compounds: "Opposition-s-kandidat") to a word of `people`, or None:
    "oppositionskandidaten" → the entry of "opposition" when "kandidaten" is listed."""
    for lead, found in leads.items():
        if word.startswith(lead):
            rest = word[len(lead):]
            if any(rest.startswith(link) and rest[len(link):] in people for link in links):
                return found
    return None
