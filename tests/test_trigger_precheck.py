"""The coder skips sentences no word of which could be a trigger (`patterns.may_trigger`): the
check must never skip a sentence that has an event."""

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.events import repair as repair_module
from lagebild.events.patterns import may_trigger, rules


def _sentence(nlp, words, lemmas):
    return tuple(Doc(nlp.vocab, words=words, lemmas=lemmas))


def test_a_sentence_is_a_candidate_by_a_trigger_word_or_a_particle_verb_with_its_particle():
    de = spacy.blank("de")
    r = rules("de")
    # no word a pattern names
    assert not may_trigger(_sentence(de, ["Das", "Wetter", "war", "schön", "."], ["der", "Wetter", "sein", "schön", "."]), r)
    # a pattern verb, and a pattern noun inside a compound ("Grenzangriffe" ends in "Angriff")
    assert may_trigger(_sentence(de, ["Russland", "kritisierte", "das", "."], ["Russland", "kritisieren", "der", "."]), r)
    assert may_trigger(_sentence(de, ["Die", "Grenzangriffe", "dauerten", "an", "."], ["der", "Grenzangriff", "dauern", "an", "."]), r)
    # "schob … ab" is "abschieben" only with its particle in the sentence ("schieben" alone is
    # none; "weisen" no longer serves: "von sich weisen" is a pattern of its own)
    expelled = ["Russland", "schob", "die", "Diplomaten", "ab", "."]
    lemmas = ["Russland", "schieben", "der", "Diplomat", "ab", "."]
    assert may_trigger(_sentence(de, expelled, lemmas), r)
    assert not may_trigger(_sentence(de, expelled[:4] + ["."], lemmas[:4] + ["."]), r)


@pytest.mark.model
@pytest.mark.parametrize("lang", ["de", "en"])
def test_skipping_the_sentences_without_a_trigger_word_changes_no_event(lang, monkeypatch):
    # The sample corpus coded with the check and with every sentence treated as a candidate
    # (mended and walked): the same events, field for field.
    from pathlib import Path
    from importlib import resources

    from lagebild.events.api import code_text

    corpus = Path(str(resources.files("lagebild") / "samples" / "corpus"))
    texts = [p.read_text(encoding="utf8") for p in sorted(corpus.glob(f"*.{lang}.txt"))]
    checked = [[e.to_dict() for e in code_text(t, lang=lang, date="2016-10-05")] for t in texts]
    # (the check is made once, in `mend`, which tells the coder the sentences it mended)
    monkeypatch.setattr(repair_module, "may_trigger", lambda sent, r: True)
    every = [[e.to_dict() for e in code_text(t, lang=lang, date="2016-10-05")] for t in texts]
    assert sum(map(len, checked)) > 20
    assert checked == every
