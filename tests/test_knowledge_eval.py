"""Lagebild's knowledge gold (places, dates, coreference): valid, big enough, and scored above floors."""

import pytest

from lagebild.evaluation.knowledge import LANGS, gold_path, load_gold, score

# Measured 2026 on the bundled pipelines: places 0.942 (country and place), dates 1.000,
# coreference 0.864 over both languages; floors sit just under.
FLOORS = {"place_country": 0.90, "place": 0.90, "date": 0.95, "coref": 0.80}


def test_gold_is_valid_and_big_enough():
    golds = [load_gold(lang) for lang in LANGS]
    assert [g.lang for g in golds] == list(LANGS)
    assert sum(len(g.places) for g in golds) >= 50
    assert sum(len(g.dates) for g in golds) >= 40
    assert sum(len(g.coref) for g in golds) >= 20
    for g in golds:
        for case in g.places:
            assert case.mention in case.text
        for case in g.coref:
            assert case.mention in case.text
        for case in g.dates:
            assert case.start <= case.end


def test_heldout_gold_is_valid_big_enough_and_explained():
    """The blind held-out split (knowledge_heldout_*.yaml): ≥ 60 places, ≥ 50 dates, a note on each."""
    golds = [load_gold(lang, "test") for lang in LANGS]
    assert [g.lang for g in golds] == list(LANGS)
    assert sum(len(g.places) for g in golds) >= 60
    assert sum(len(g.dates) for g in golds) >= 50
    for g in golds:
        assert len(g.places) >= 25 and len(g.dates) >= 20, f"{g.lang}: each language carries about half"
        for case in (*g.places, *g.dates, *g.coref):
            assert case.note and case.note.strip(), f"{case.text!r} has no note"
        for case in g.places:
            assert case.mention in case.text
        for case in g.dates:
            assert case.start <= case.end
        assert "BLIND HELD-OUT" in gold_path(g.lang, "test").read_text(encoding="utf-8").splitlines()[0]
    # no held-out sentence is also a dev sentence
    for lang in LANGS:
        dev, test = load_gold(lang, "dev"), load_gold(lang, "test")
        assert not {c.text for c in (*dev.places, *dev.dates)} & {c.text for c in (*test.places, *test.dates)}


def test_blind2_gold_is_valid_big_enough_explained_and_new():
    """The second blind set (knowledge_blind2_*.yaml): ≥ 60 places, ≥ 50 dates, ≥ 20 coreference
    cases, about half each language, a note on each case, and no sentence of another split."""
    golds = [load_gold(lang, "blind") for lang in LANGS]
    assert [g.lang for g in golds] == list(LANGS)
    assert sum(len(g.places) for g in golds) >= 60
    assert sum(len(g.dates) for g in golds) >= 50
    assert sum(len(g.coref) for g in golds) >= 20
    for g in golds:
        assert len(g.places) >= 30 and len(g.dates) >= 25 and len(g.coref) >= 10, f"{g.lang}: about half each"
        for case in (*g.places, *g.dates, *g.coref):
            assert case.note and case.note.strip(), f"{case.text!r} has no note"
        for case in g.places:
            assert case.mention in case.text
        for case in g.coref:
            assert case.mention in case.text
        for case in g.dates:
            assert case.start <= case.end
        header = gold_path(g.lang, "blind").read_text(encoding="utf-8").splitlines()[:3]
        assert "SECOND BLIND SET" in header[0] and "2026-11-26" in "\n".join(header)
    texts = lambda g: {c.text for c in (*g.places, *g.dates, *g.coref)}  # noqa: E731
    others = set().union(*(texts(load_gold(lang, s)) for lang in LANGS for s in ("dev", "test")))
    blind = [c.text for g in golds for c in (*g.places, *g.dates)]
    assert not set(blind) & others, "a blind sentence repeats a dev or test one"
    assert not {c.text for g in golds for c in g.coref} & others
    assert len(blind) == len(set(blind)), "a blind place or date sentence repeats another"


def test_blind3_gold_is_valid_big_enough_explained_and_new():
    """The third blind set (knowledge_blind3_*.yaml): ≥ 60 places, ≥ 50 dates, ≥ 25 coreference
    cases, about half each language, a note on each case, the header saying it was written blind
    and committed before any run, and no sentence of another split (dev, test, blind)."""
    golds = [load_gold(lang, "blind3") for lang in LANGS]
    assert [g.lang for g in golds] == list(LANGS)
    assert sum(len(g.places) for g in golds) >= 60
    assert sum(len(g.dates) for g in golds) >= 50
    assert sum(len(g.coref) for g in golds) >= 25
    for g in golds:
        assert len(g.places) >= 30 and len(g.dates) >= 25 and len(g.coref) >= 12, f"{g.lang}: about half each"
        for case in (*g.places, *g.dates, *g.coref):
            assert case.note and case.note.strip(), f"{case.text!r} has no note"
        for case in g.places:
            assert case.mention in case.text
        for case in g.coref:
            assert case.mention in case.text
        for case in g.dates:
            assert case.start <= case.end
        header = "\n".join(gold_path(g.lang, "blind3").read_text(encoding="utf-8").splitlines()[:3])
        assert "THIRD BLIND SET" in header
        assert "third blind set, written on 2026-11-26 without reading the resolvers; committed before any run" in header
    texts = lambda g: {c.text for c in (*g.places, *g.dates, *g.coref)}  # noqa: E731
    others = set().union(*(texts(load_gold(lang, s)) for lang in LANGS for s in ("dev", "test", "blind")))
    mine = [c.text for g in golds for c in (*g.places, *g.dates, *g.coref)]
    assert not set(mine) & others, "a blind3 sentence repeats a dev, test or blind one"
    assert len(mine) == len(set(mine)), "a blind3 sentence repeats another"


def test_split_all_is_dev_then_test():
    for lang in LANGS:
        dev, test, both = (load_gold(lang, s) for s in ("dev", "test", "all"))
        assert both.places == dev.places + test.places
        assert both.dates == dev.dates + test.dates
        assert both.coref == dev.coref + test.coref
        assert not {c.text for c in load_gold(lang, "blind").places} & {c.text for c in both.places}
        assert not {c.text for c in load_gold(lang, "blind3").places} & {c.text for c in both.places}
    with pytest.raises(ValueError):
        load_gold("de", "train")


@pytest.mark.model
def test_knowledge_scores_above_floors():
    totals = {k: [0, 0] for k in FLOORS}
    for lang in LANGS:
        for key, s in score(lang).items():
            totals[key][0] += s.right
            totals[key][1] += s.n
    for key, floor in FLOORS.items():
        right, n = totals[key]
        assert right / n >= floor, f"{key}: {right}/{n} under the floor {floor}"
