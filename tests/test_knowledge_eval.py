"""Lagebild's knowledge gold (places, dates, coreference): valid, big enough, and scored above floors."""

import pytest

from lagebild.evaluation.knowledge import LANGS, load_gold, score

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
