"""Lagebild's spaCy components on hand-built Docs (no trained model needed)."""

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.nlp.components import LemmaFallback, SentenceBreaks, add_tokenizer_exceptions, sentence_break_config


def test_paragraph_break_starts_a_sentence_and_single_newline_does_not():
    nlp = spacy.blank("de")
    doc = SentenceBreaks()(nlp("Überschrift ohne Punkt\n\nErster Satz.\nZweite Zeile"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Erster" in starts
    assert "Zweite" not in starts


def test_sentences_start_only_after_final_marks_when_configured():
    """With the language's marks, a word may start a sentence only after a final mark (past a
    closing quote) or a line break; everywhere else the parser is told it may not."""
    nlp = spacy.blank("de")
    breaks = SentenceBreaks(**{k: tuple(v) for k, v in sentence_break_config("de").items()})
    doc = breaks(nlp('Japan sagte Hilfe zu. „Wir helfen.“ Kerry reiste ab\nNeue Zeile'))
    allowed = {t.text for t in doc if t.is_sent_start is not False}
    forbidden = {t.text for t in doc if t.is_sent_start is False}
    assert {"Kerry", "Neue"} <= allowed  # after "." + closing quote; after a line break
    assert {"sagte", "Hilfe", "helfen", "reiste"} <= forbidden
    assert "„" in allowed  # an opening quote after a period may begin the next sentence


def test_lemma_fallback_fills_only_empty_lemmas():
    vocab = spacy.blank("de").vocab
    doc = Doc(vocab, words=["Die", "Verhandlungen", "scheiterten", "Kerry"], pos=["DET", "NOUN", "VERB", "PROPN"],
              lemmas=["der", "", "", ""])
    LemmaFallback("de")(doc)
    assert [t.lemma_ for t in doc] == ["der", "Verhandlung", "scheitern", "Kerry"]


def test_tokenizer_exceptions_are_added_from_language_data():
    nlp = spacy.blank("en")
    assert add_tokenizer_exceptions(nlp) > 5
    assert [t.text for t in nlp("Brig.Gen. Smith and Lt. Jones.")][:2] == ["Brig.Gen.", "Smith"]


@pytest.mark.model
def test_a_blank_line_is_its_own_sentence_and_not_counted():
    """A headline without a period, a blank line, then the article: the blank line must not take
    the headline's separated particle ("setzt … aus" stays aussetzen, CAMEO 164), and event
    sentence numbers count only sentences with words (the second event has sentence index 1, not 2)."""
    import lagebild
    from lagebild.nlp import load, text_sentences

    text = "Washington setzt Gespräche mit Moskau aus\n\nDie USA haben die Gespräche mit Russland abgebrochen."
    doc = load("de")(text)
    assert [s.text for s in text_sentences(doc)] == ["Washington setzt Gespräche mit Moskau aus",
                                                     "Die USA haben die Gespräche mit Russland abgebrochen."]
    aus = next(t for t in doc if t.text == "aus")
    assert aus.dep_ == "compound:prt" and aus.head.text == "setzt"
    events = lagebild.code_text(text, lang="de")
    assert [(e.cameo, e.trigger.text, e.sentence) for e in events] == [("164", "setzt", 0), ("164", "abgebrochen", 1)]
