"""The shipped pipelines: UD labels, German case, contractions, tokenizer exceptions, lemmas,
entities, and long or empty text.  Expectations are on clear news sentences where a wrong answer
means the pipeline (or its assembly) is broken, not a close call of the model."""

import pytest

import lagebild
from lagebild.settings import Settings

pytestmark = pytest.mark.model

# Universal Dependencies v2 relations (with the subtypes the two treebanks use) plus spaCy's ROOT.
UD_RELATIONS = {
    "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc", "cc:preconj",
    "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj", "csubj:pass", "dep", "det", "det:poss",
    "det:predet", "discourse", "dislocated", "expl", "expl:pv", "fixed", "flat", "flat:name", "flat:foreign", "goeswith", "iobj", "list",
    "mark", "nmod", "nmod:poss", "nmod:tmod", "nmod:npmod", "nmod:unmarked", "nmod:desc", "nsubj", "nsubj:pass", "nsubj:outer", "nummod", "obj", "obl",
    "obl:agent", "obl:arg", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
    "ROOT", "expl:pass", "compound:lvc", "csubj:outer", "det:numgov", "det:nummod", "nummod:gov", "advmod:emph",
    "obl:mod", "nmod:gmod", "acl:inf", "advmod:neg", "nmod:arg", "mark:rel",
}


@pytest.fixture(scope="module")
def de():
    return lagebild.load_pipeline("de")


@pytest.fixture(scope="module")
def en():
    return lagebild.load_pipeline("en")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pipeline_has_every_component_and_ud_labels(lang):
    nlp = lagebild.load_pipeline(lang)
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "lagebild_lemma_fallback", "parser", "ner"):
        assert name in nlp.pipe_names, name
    unknown = set(nlp.get_pipe("parser").labels) - UD_RELATIONS
    assert not unknown, f"non-UD labels: {unknown}"


def test_german_case_tells_subject_from_object(de):
    doc = de("Die Regierung kritisierte den Angriff auf die Stadt.")
    by_text = {t.text: t for t in doc}
    assert by_text["Regierung"].morph.get("Case") == ["Nom"]
    assert by_text["Angriff"].morph.get("Case") == ["Acc"]
    assert by_text["Regierung"].dep_ == "nsubj"


def test_german_contraction_is_one_preposition_with_case(de):
    doc = de("Die Kämpfe im Osten der Stadt gehen weiter.")
    im = next(t for t in doc if t.text == "im")
    assert im.pos_ == "ADP" and im.morph.get("Case") == ["Dat"]


@pytest.mark.parametrize("lang, text, abbreviation", [("de", "Der Gen. Müller sprach.", "Gen."), ("en", "Lt. Col. Smith spoke.", "Col.")])
def test_tokenizer_exceptions_survive_serialisation(lang, text, abbreviation):
    doc = lagebild.load_pipeline(lang)(text)
    assert abbreviation in [t.text for t in doc]


def test_every_german_word_gets_a_lemma(de):
    doc = de("Die Verhandlungen über die Waffenlieferungen wurden gestern abgebrochen.")
    assert all(t.lemma_ for t in doc)
    assert {t.text: t.lemma_ for t in doc}["Verhandlungen"] == "Verhandlung"


def test_german_entities(de):
    doc = de("Bundeskanzlerin Angela Merkel traf am Dienstag den französischen Präsidenten Emmanuel Macron in Paris.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert any("Merkel" in text and label == "PER" for text, label in ents), ents
    assert ("Paris", "LOC") in ents


def test_english_roles_and_entities(en):
    doc = en("Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Monday.")
    met = next(t for t in doc if t.text == "met")
    assert met.dep_ == "ROOT"
    assert {c.dep_ for c in met.children} >= {"nsubj", "obj"}
    labels = {e.label_ for e in doc.ents}
    assert {"PERSON", "GPE"} <= labels


def test_long_text_is_parsed_in_pieces_without_losing_a_character():
    sentence = "Die Armee griff die Stadt an. "
    text = sentence * 300
    doc = lagebild.parse(text, lang="de", settings=Settings(chunk_chars=1000))
    assert doc.text == text
    assert len(list(doc.sents)) >= 250


def test_empty_text_gives_an_empty_doc():
    assert len(lagebild.parse("   ", lang="de")) <= 1
    assert list(lagebild.parse("", lang="en")) == []


def test_auto_language_picks_the_right_pipeline():
    assert lagebild.parse("Russland und Syrien bombardieren Aleppo.").lang_ == "de"
    assert lagebild.parse("Russia and Syria bomb Aleppo.").lang_ == "en"


def test_a_headline_without_period_is_its_own_sentence(de):
    doc = de("Washington setzt Gespräche mit Moskau aus\n\nDie USA haben die Gespräche abgebrochen.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Washington setzt Gespräche mit Moskau aus"
