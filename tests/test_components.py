"""Lagebild's spaCy components on hand-built Docs (no trained model needed)."""

import spacy
from spacy.tokens import Doc

from lagebild.nlp.components import LemmaFallback, add_tokenizer_exceptions, mark_paragraph_breaks


def test_paragraph_break_starts_a_sentence_and_single_newline_does_not():
    nlp = spacy.blank("de")
    doc = mark_paragraph_breaks(nlp("Überschrift ohne Punkt\n\nErster Satz.\nZweite Zeile"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Erster" in starts
    assert "Zweite" not in starts


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
