"""spaCy components Lagebild adds to its pipelines (registered as spaCy factories)."""

from __future__ import annotations

from functools import lru_cache

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

from .. import lang as lang_data
from ..lang.schemas import TokenizerExceptions

LEMMA_FALLBACK = "lagebild_lemma_fallback"
PARAGRAPH_BREAKS = "lagebild_paragraph_breaks"


@lru_cache(maxsize=4096 * 16)
def _dictionary_lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang)


def dictionary_lemma(word: str, lang: str) -> str:
    """simplemma's lemma of `word` (the word itself when it knows none), cached."""
    try:
        return _dictionary_lemma(word, lang)
    except ValueError:  # a language simplemma does not cover
        return word


class LemmaFallback:
    """Fill lemmas the trained lemmatizer left empty — it does so when none of its edit trees fits
    the word (it is unsure) — from simplemma's dictionaries; proper nouns keep their form."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.lemma_:
                continue
            if token.pos_ in ("PROPN", "NUM", "PUNCT", "SYM", "X") or not token.is_alpha:
                token.lemma_ = token.text
            else:
                token.lemma_ = _dictionary_lemma(token.text, self.lang)
        return doc


@Language.factory(LEMMA_FALLBACK, default_config={})
def make_lemma_fallback(nlp: Language, name: str) -> LemmaFallback:
    return LemmaFallback(nlp.lang)


def mark_paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: news headlines, datelines and paragraphs carry no
    final period, and the parser would otherwise glue a headline to the first sentence.  Runs
    before the parser, which keeps sentence starts that are already set."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if previous.whitespace_.count("\n") >= 2 or (previous.is_space and previous.text.count("\n") >= 2):
            token.is_sent_start = True
    return doc


Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_breaks)


def add_tokenizer_exceptions(nlp: Language) -> int:
    """Add the language's abbreviation list to the tokenizer as special cases; these are saved
    with the pipeline, so the shipped tokenizer needs no Lagebild code to keep them."""
    data = lang_data.load(nlp.lang, "tokenizer_exceptions")
    assert isinstance(data, TokenizerExceptions)
    from spacy.attrs import ORTH

    for abbreviation in data.abbreviations:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return len(data.abbreviations)
