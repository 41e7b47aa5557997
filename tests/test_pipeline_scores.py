"""Evaluation gate for the shipped pipelines (the trafilatura idea): held-out scores must stay at
or above the floors pinned in tests/baselines/pipelines.json, and the gold data they are measured
on must be byte-identical to what the floors were set on (its SHA-256 is pinned beside them).
Rebuilding a pipeline that scores lower, or swapping the gold, fails here."""

import hashlib
import json
from pathlib import Path

import pytest

from lagebild.nlp import bundled_pipeline_path
from lagebild.training.evaluate import HELDOUT_SYNTAX, evaluate_pipeline

pytestmark = pytest.mark.model

BASELINE = Path(__file__).parent / "baselines" / "pipelines.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_heldout_scores_hold_their_floors(lang, shared_data):
    baseline = json.loads(BASELINE.read_text(encoding="utf8"))[lang]
    for rel, digest in baseline["gold_sha256"].items():
        assert _sha256(shared_data / rel) == digest, f"gold file changed: {rel}"
    assert HELDOUT_SYNTAX[lang][1] in baseline["gold_sha256"]
    scores = evaluate_pipeline(lang, bundled_pipeline_path(lang), shared_data, speed=False).as_dict()
    below = {k: (scores[k], floor) for k, floor in baseline["floors"].items() if scores[k] is None or scores[k] < floor}
    assert not below, f"{lang} below its floors (score, floor): {below}"
