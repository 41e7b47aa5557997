"""German–English sentence pairs that must code alike (lagebild/evaluation/gold/parallel_de_en.yaml):
each side's events reduced to the cross-lingual key (CAMEO root, source country, target country)
must equal the pair's key set.  Language knowledge is data, so a dictionary that drifts from the
other language's (an act coded 060 in German and 050 in English) shows up here."""

import json
from pathlib import Path

import pytest
import yaml

from lagebild.events.api import InputDoc, code_docs

GOLD = Path(__file__).parents[1] / "lagebild" / "evaluation" / "gold" / "parallel_de_en.yaml"
BASELINE = Path(__file__).parent / "baselines" / "coder.json"


def _keys(events) -> set[tuple[str, str, str]]:
    return {(e.cameo_root, (e.source.country if e.source else None) or "", (e.target.country if e.target else None) or "")
            for e in events}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_parallel_pairs_code_their_key_in_each_language(lang):
    pairs = yaml.safe_load(GOLD.read_text(encoding="utf8"))["pairs"]
    assert len(pairs) >= 30 and all(p["note"] for p in pairs)
    coded = code_docs(InputDoc(f"pair-{n}", p[lang], lang) for n, p in enumerate(pairs))
    failures = []
    for p, c in zip(pairs, coded):
        want = {tuple(k) for k in p["keys"]}
        got = _keys(c.events)
        if got != want:
            failures.append(f"{p[lang]!r}: wanted {sorted(want)}, got {sorted(got)}")
    rate = 1 - len(failures) / len(pairs)
    floor = json.loads(BASELINE.read_text(encoding="utf8"))["parallel_pairs_pass_rate"][lang]
    assert rate >= floor, f"{lang}: {rate:.3f} of {len(pairs)} pairs code their key, floor {floor}:\n" + "\n".join(failures)
