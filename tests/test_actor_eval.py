"""Lagebild's actor-mention gold (lagebild/evaluation/gold/actors_{de,en}.yaml): valid, big and
varied enough, and actor code accuracy above the floors in tests/baselines/coder.json."""

import json
from collections import Counter
from pathlib import Path

import pytest

from lagebild.evaluation.actors import LANGS, load_gold, mention_span, run_actor_eval, select

BASELINE = Path(__file__).parent / "baselines" / "coder.json"


def test_gold_is_valid_big_and_balanced():
    golds = {lang: load_gold(lang) for lang in LANGS}
    cases = [c for g in golds.values() for c in g.cases]
    assert len(cases) >= 100
    sizes = [len(g.cases) for g in golds.values()]
    assert min(sizes) >= 0.4 * len(cases), f"languages unbalanced: {sizes}"
    kinds = Counter(c.kind for c in cases)
    assert kinds["coref"] >= 20 and kinds["dated_role"] >= 20, kinds
    assert all(kinds[k] >= 4 for k in ("country", "compound", "igo", "group")), kinds
    for lang, g in golds.items():
        assert g.lang == lang
        for c in g.cases:
            assert c.id.startswith(f"a{lang}-"), c.id
            assert mention_span(c.text, c.mention, c.occurrence) is not None, c.id
    # Both halves are non-trivial and hold both languages' coreference cases.
    for split in ("dev", "test"):
        part = select(tuple(cases), split)
        assert len(part) >= 40 and sum(c.kind == "coref" for c in part) >= 10


def test_same_names_are_tested_inside_and_outside_a_term():
    """The dated-role cases must catch a resolver that ignores the date: some name is expected
    with two different codes on two dates."""
    from lagebild.actors.people import lookup

    by_name: dict[tuple[str, str], set[str]] = {}
    for lang in LANGS:
        for c in load_gold(lang).cases:
            if c.kind == "dated_role":
                by_name.setdefault((lang, c.mention), set()).add(c.code)
                # The expectation agrees with people.yaml's facts (what the note cites).
                found = lookup(c.mention, c.date, lang)
                assert found is not None and found.code == c.code, (c.id, found and found.code)
    assert sum(len(codes) > 1 for codes in by_name.values()) >= 6, by_name


@pytest.mark.model
def test_actor_accuracy_holds_its_floors():
    floors = json.loads(BASELINE.read_text(encoding="utf8"))["actor_code_accuracy"]
    _, per = run_actor_eval("all", errors=True)
    checks = {"all": per["all"]["all"], "de": per["de"]["all"], "en": per["en"]["all"],
              "dated_role": per["all"]["dated_role"], "coref": per["all"]["coref"]}
    for key, tally in checks.items():
        assert tally.accuracy >= floors[key], f"{key}: {tally.accuracy:.3f} < floor {floors[key]}"
    assert per["all"]["all"].accuracy >= 0.9  # the bar
