"""spaCy components Lagebild adds to its pipelines (registered as spaCy factories)."""

from __future__ import annotations

from functools import lru_cache

import simplemma
from spacy.language import Language
from spacy.attrs import SENT_START
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


@lru_cache(maxsize=4096 * 4)
def _compound_lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang, greedy=True)


def compound_lemma(word: str, lang: str) -> str:
    """simplemma's greedy lemma of `word`, which also takes the inflection off a compound its
    dictionary does not list ("Flugabwehrsystemen" → "Flugabwehrsystem"); cached."""
    try:
        return _compound_lemma(word, lang)
    except ValueError:
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


def text_sentences(doc: Doc) -> list:
    """The document's sentences without the blank-line ones SentenceBreaks makes of paragraph
    breaks: sentence numbers count sentences a reader sees."""
    return [sent for sent in doc.sents if not all(t.is_space for t in sent)]


class SentenceBreaks:
    """Sentence starts set before the parser, which keeps them.

    A blank line always ends a sentence: news headlines, datelines and paragraphs carry no final
    period, and the parser would otherwise glue a headline to the first sentence.  With
    `sentence_final` given, a sentence may start only after a token ending in one of those marks
    (past closing quotes) or at a line break: a small treebank's parser otherwise cuts sentences
    after a bare sentence-initial name ("Japan | sagte dem Irak … zu").
    """

    def __init__(self, sentence_final: tuple[str, ...] = (), closing: tuple[str, ...] = ()) -> None:
        self.sentence_final = tuple(sentence_final)
        self.closing = frozenset(closing)

    def __call__(self, doc: Doc) -> Doc:
        # One pass over plain strings and one array write: setting `is_sent_start` token by token
        # cost a tenth of the German parse.
        if len(doc) < 2:
            return doc
        texts = [t.text for t in doc]
        trailing = [t.whitespace_ for t in doc]
        starts = doc.to_array([SENT_START]).astype("int64")
        for i in range(1, len(texts)):
            text, previous = texts[i], texts[i - 1]
            previous_is_space = previous.isspace()
            if text.isspace():
                if text.count("\n") >= 2:
                    # The break itself is a sentence of its own: left at the end of the paragraph,
                    # the parser (trained without such tokens) hangs words on it ("setzt … aus" loses
                    # its particle to the blank line).
                    starts[i] = 1
                continue
            if trailing[i - 1].count("\n") >= 2 or (previous_is_space and previous.count("\n") >= 2):
                starts[i] = 1
            elif self.sentence_final and starts[i] != 1 and not self._may_start(texts, trailing, i):
                starts[i] = -1
        doc.from_array([SENT_START], starts.astype("uint64"))  # -1 ("not a start") wraps as spaCy stores it
        return doc

    def _may_start(self, texts: list[str], trailing: list[str], i: int) -> bool:
        if texts[i - 1].isspace() or "\n" in trailing[i - 1]:
            return True
        j = i - 1
        while j > 0 and texts[j] in self.closing:
            j -= 1
        return texts[j].endswith(self.sentence_final)


@Language.factory(PARAGRAPH_BREAKS, default_config={"sentence_final": [], "closing": []})
def make_sentence_breaks(nlp: Language, name: str, sentence_final: list[str], closing: list[str]) -> SentenceBreaks:
    return SentenceBreaks(tuple(sentence_final), tuple(closing))


def sentence_break_config(lang: str) -> dict[str, list[str]]:
    """The component's settings from the language's tokenizer data, as the recipe ships them."""
    data = lang_data.load(lang, "tokenizer_exceptions")
    assert isinstance(data, TokenizerExceptions)
    return {"sentence_final": list(data.sentence_final), "closing": list(data.closing_quotes)}


def add_tokenizer_exceptions(nlp: Language) -> int:
    """Add the language's abbreviation list to the tokenizer as special cases; these are saved
    with the pipeline, so the shipped tokenizer needs no Lagebild code to keep them."""
    data = lang_data.load(nlp.lang, "tokenizer_exceptions")
    assert isinstance(data, TokenizerExceptions)
    from spacy.attrs import ORTH

    for abbreviation in data.abbreviations:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return len(data.abbreviations)
