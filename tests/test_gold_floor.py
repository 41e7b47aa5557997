"""CI gate on the German gold (lagebild/evaluation/gold/events_de.yaml): the coder's F1 on root
codes over all sentences may not fall below the floor in tests/baselines/coder.json."""

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

BASELINE = Path(__file__).parent / "baselines" / "coder.json"


def test_german_gold_f1_holds_its_floor():
    from lagebild.evaluation.gold_events import gold_path, load_gold, score_coder

    floor = json.loads(BASELINE.read_text(encoding="utf8"))["gold_de_root_f1"]
    report = score_coder(load_gold(gold_path("de")), "de")
    assert report.sentences >= 150
    assert report.root.f1 >= floor, f"root F1 {report.root.f1:.3f} < floor {floor}; first errors:\n" + "\n".join(report.errors[:20])


def test_german_blind_gold_f1_holds_its_floor():
    # the second set (events_de_blind.yaml, roots only): 0.790 at the end of the session that added it
    from lagebild.evaluation.gold_events import gold_path, load_gold, score_coder

    floor = json.loads(BASELINE.read_text(encoding="utf8"))["gold_de_blind_root_f1"]
    report = score_coder(load_gold(gold_path("de", "blind")), "de")
    assert report.root.f1 >= floor, f"root F1 {report.root.f1:.3f} < floor {floor}; first errors:\n" + "\n".join(report.errors[:20])


def test_german_fourth_gold_f1_holds_its_floor():
    # the fourth set (events_de_blind3.yaml, roots only, a development set): 0.647 at the end of
    # the session that added it (0.503 on its first run)
    from lagebild.evaluation.gold_events import gold_path, load_gold, score_coder

    floor = json.loads(BASELINE.read_text(encoding="utf8"))["gold_de_blind3_root_f1"]
    report = score_coder(load_gold(gold_path("de", "blind3")), "de")
    assert report.root.f1 >= floor, f"root F1 {report.root.f1:.3f} < floor {floor}; first errors:\n" + "\n".join(report.errors[:20])


def test_german_fifth_gold_f1_holds_its_floor():
    # the fifth set (events_de_blind4.yaml, roots only): held out when written (0.434, then 0.442),
    # a development set since the thirteenth session, which took it to 0.699
    from lagebild.evaluation.gold_events import gold_path, load_gold, score_coder

    floor = json.loads(BASELINE.read_text(encoding="utf8"))["gold_de_blind4_root_f1"]
    report = score_coder(load_gold(gold_path("de", "blind4")), "de")
    assert report.root.f1 >= floor, f"root F1 {report.root.f1:.3f} < floor {floor}; first errors:\n" + "\n".join(report.errors[:20])


def test_german_seventh_gold_f1_holds_its_floor():
    # the seventh set (events_de_blind6.yaml, roots only): 0.592 on its one blind run at the start
    # of the fifteenth session, a development set since (0.787 at that session's end, 0.808 at the
    # sixteenth's)
    from lagebild.evaluation.gold_events import gold_path, load_gold, score_coder

    floor = json.loads(BASELINE.read_text(encoding="utf8"))["gold_de_blind6_root_f1"]
    report = score_coder(load_gold(gold_path("de", "blind6")), "de")
    assert report.root.f1 >= floor, f"root F1 {report.root.f1:.3f} < floor {floor}; first errors:\n" + "\n".join(report.errors[:20])


def test_german_eighth_gold_f1_holds_its_floor():
    # the eighth set (events_de_blind7.yaml, roots only): 0.533 on its one blind run at the start
    # of the sixteenth session, a development set since (0.689 at that session's end)
    from lagebild.evaluation.gold_events import gold_path, load_gold, score_coder

    floor = json.loads(BASELINE.read_text(encoding="utf8"))["gold_de_blind7_root_f1"]
    report = score_coder(load_gold(gold_path("de", "blind7")), "de")
    assert report.root.f1 >= floor, f"root F1 {report.root.f1:.3f} < floor {floor}; first errors:\n" + "\n".join(report.errors[:20])
