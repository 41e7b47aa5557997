"""The verb-substituted training copies keep each sentence's tree, tags and morphology and put
an inflected form of another verb where the treebank's verb was — in a form German allows there."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.training.augment import augmented, conjugator, substitute_verbs

pytest.importorskip("ablaut")  # a test and training dependency (pyproject [test], requirements-train.txt)

FIN_PAST_3SG = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
FIN_PRES_3PL = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"


def _doc(words, tags, pos, morphs, heads, deps):
    vocab = spacy.blank("de").vocab
    return Doc(vocab, words=words, tags=tags, pos=pos, morphs=morphs, lemmas=list(words), heads=heads, deps=deps)


@pytest.fixture(scope="module")
def verbs():
    forms = conjugator()
    return [forms("verbieten"), forms("abschieben")]


def test_finite_verb_without_particle_takes_a_plain_verb_in_the_same_person_tense_and_mood(verbs):
    doc = _doc(["Kenia", "kaufte", "Waffen", "."], ["NE", "VVFIN", "NN", "$."], ["PROPN", "VERB", "NOUN", "PUNCT"],
               ["", FIN_PAST_3SG, "", ""], [1, 1, 1, 1], ["nsubj", "ROOT", "obj", "punct"])
    for seed in range(5):
        copy = substitute_verbs(doc, verbs, random.Random(seed))
        # "schob" alone would strand the particle: in second position only the plain verb fits.
        assert [t.text for t in copy] == ["Kenia", "verbot", "Waffen", "."]
        assert copy[1].lemma_ == "verbieten"
        assert [(t.head.i, t.dep_, t.tag_, str(t.morph)) for t in copy] == [(t.head.i, t.dep_, t.tag_, str(t.morph)) for t in doc]


def test_split_particle_is_replaced_with_the_new_verbs_particle(verbs):
    doc = _doc(["Sie", "brechen", "die", "Gespräche", "ab", "."], ["PPER", "VVFIN", "ART", "NN", "PTKVZ", "$."],
               ["PRON", "VERB", "DET", "NOUN", "ADP", "PUNCT"], ["", FIN_PRES_3PL, "", "", "", ""],
               [1, 1, 3, 1, 1, 1], ["nsubj", "ROOT", "det", "obj", "compound:prt", "punct"])
    copy = substitute_verbs(doc, verbs, random.Random(0))
    assert copy[1].text == "schieben" and copy[4].text == "ab"
    # As UD lemmatises a split verb: the verb without its particle, the particle on its own.
    assert (copy[1].lemma_, copy[4].lemma_) == ("schieben", "ab")


def test_after_a_separate_zu_only_a_verb_without_particle_fits(verbs):
    doc = _doc(["um", "zu", "verhandeln"], ["KOUI", "PTKZU", "VVINF"], ["SCONJ", "PART", "VERB"],
               ["", "", "VerbForm=Inf"], [2, 2, 2], ["mark", "mark", "ROOT"])
    texts = {substitute_verbs(doc, verbs, random.Random(seed))[2].text for seed in range(10)}
    assert texts == {"verbieten"}  # never "zu abschieben"


def test_a_sentence_without_a_full_verb_gives_no_copy(verbs):
    doc = _doc(["Alles", "bestens", "."], ["PIS", "ADJD", "$."], ["PRON", "ADJ", "PUNCT"], ["", "", ""],
               [1, 1, 1], ["nsubj", "ROOT", "punct"])
    assert substitute_verbs(doc, verbs, random.Random(0)) is None
    assert augmented([doc], ["verbieten", "abschieben"], seed=1) == []


def test_verbs_without_verbform_feature_as_in_german_pud_are_read_from_mood_and_tense(verbs):
    # PUD writes finite verbs without VerbForm and participles as a bare "Tense=Past"; its tags
    # are blanked before training.
    doc = _doc(["Kenia", "hat", "Waffen", "gekauft", ",", "sie", "kaufte", "sie", "."], [""] * 9,
               ["PROPN", "AUX", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PRON", "PUNCT"],
               ["", "Mood=Ind|Number=Sing|Person=3|Tense=Pres", "", "Tense=Past", "", "", "Mood=Ind|Number=Sing|Person=3|Tense=Past", "", ""],
               [3, 3, 3, 3, 3, 6, 3, 6, 3], ["nsubj", "aux", "obj", "ROOT", "punct", "nsubj", "parataxis", "obj", "punct"])
    copy = substitute_verbs(doc, verbs, random.Random(0))
    assert copy[3].text in ("verboten", "abgeschoben")
    assert copy[6].text == "verbot"
    assert copy[1].text == "hat"  # auxiliaries stay
