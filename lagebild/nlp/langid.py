"""Offline language identification with py3langid (its model ships inside the wheel).

Two passes: the full 97-language model says whether a text is confidently in a language we have
no pipeline for; otherwise the model restricted to our languages picks among them, which is far
more reliable on short, name-heavy news sentences ("Putin threatens Kyiv.").
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Iterable

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from ..errors import ErrorCode, LagebildError

FOREIGN_CONFIDENCE = 0.9
MIN_LETTERS = 3
# A text's language shows in its first thousand characters (about 150 words); classifying more
# costs time in proportion (py3langid counts every byte n-gram, twice) and changed no answer on
# the 124 NTREX articles, German and English, even at 300 characters.
SAMPLE_CHARS = 1_000


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...] | None) -> LanguageIdentifier:
    if not languages:
        return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    # a shallow copy of the full model, restricted: loading the model file (lzma) again would
    # double the start-up of every process; set_languages rebinds the copy's arrays, never the original's
    ident = copy.copy(_identifier(None))
    ident.set_languages(list(languages))
    return ident


def detect(text: str, supported: Iterable[str], subject: str = "<input>") -> str:
    """The ISO 639-1 code of `text`, one of `supported`, or a LagebildError saying why not."""
    languages = tuple(sorted(set(supported)))
    if sum(ch.isalpha() for ch in text[:10_000]) < MIN_LETTERS:
        raise LagebildError(ErrorCode.E007, subject)
    sample = text[:SAMPLE_CHARS]
    overall, confidence = _identifier(None).classify(sample)
    if overall not in languages and confidence >= FOREIGN_CONFIDENCE:
        raise LagebildError(ErrorCode.E005, subject, lang=overall, available=", ".join(languages))
    if len(languages) == 1:
        return languages[0]
    best, _ = _identifier(languages).classify(sample)
    return str(best)
