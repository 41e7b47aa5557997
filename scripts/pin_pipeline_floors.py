"""Write tests/baselines/pipelines.json from the bundled pipelines' recorded held-out scores.

Run after rebuilding a pipeline (`lagebild models train …`) and reviewing its scores:
    .venv/bin/python scripts/pin_pipeline_floors.py ../shared/data
Floors sit MARGIN points under the recorded scores (evaluation on CPU is deterministic; the
margin only absorbs library-version noise), and the held-out files' SHA-256 is pinned so a
changed gold set cannot pass silently.
"""

import hashlib
import json
import sys
from pathlib import Path

from lagebild.nlp import bundled_pipeline_path
from lagebild.training.evaluate import HELDOUT_SYNTAX

MARGIN = 0.5
FLOORED = ("uas", "las", "gold_seg_las", "pos", "morph", "case_f1", "lemma", "ner_f1")
GERMEVAL = ("ner/de/germeval2014_dev.tsv", "ner/de/germeval2014_test.conll.txt")


def main(shared_data: Path) -> None:
    out = {}
    for lang in ("de", "en"):
        meta = json.loads((bundled_pipeline_path(lang) / "meta.json").read_text(encoding="utf8"))
        scores = meta["lagebild"]["heldout_scores"]
        gold = [HELDOUT_SYNTAX[lang][1]] + (list(GERMEVAL) if scores.get("ner_f1") is not None else [])
        out[lang] = {
            "gold_sha256": {rel: hashlib.sha256((shared_data / rel).read_bytes()).hexdigest() for rel in gold},
            "floors": {k: round(scores[k] - MARGIN, 2) for k in FLOORED if scores.get(k) is not None},
            "measured": {k: scores[k] for k in FLOORED if scores.get(k) is not None},
        }
    path = Path(__file__).resolve().parent.parent / "tests" / "baselines" / "pipelines.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
