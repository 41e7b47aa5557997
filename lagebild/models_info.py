"""Human-readable descriptions of the available pipelines and of evaluation scores."""

from __future__ import annotations

import json
from pathlib import Path

from .nlp import available_languages, bundled_pipeline_path
from .settings import load_settings


def format_scores(s: dict) -> str:
    def num(value: object) -> str:
        return "n/a" if value is None else f"{value}"

    lines = [
        f"[{s['lang']}] syntax on {s['syntax_set']} ({s['sentences']} sentences)",
        f"  from raw text:                 UAS {num(s['uas'])}  LAS {num(s['las'])}  sentences F {num(s['sents_f'])}",
        f"  gold tokens and sentences:     UAS {num(s['gold_seg_uas'])}  LAS {num(s['gold_seg_las'])}",
        f"  POS {num(s['pos'])}  morph {num(s['morph'])}  Case F1 {num(s['case_f1'])}  lemma {num(s['lemma'])}",
        f"  NER F1 {num(s['ner_f1'])}" + (f" on {s['ner_set']}" if s.get("ner_set") else " (no open held-out NER gold for this language here)"),
    ]
    if s.get("ner_per_type"):
        lines.append("    per type: " + "  ".join(f"{k} {v}" for k, v in sorted(s["ner_per_type"].items())))
    lines.append(f"  speed {num(s['words_per_second'])} words/s on one core; load {num(s['load_seconds'])} s")
    return "\n".join(lines)


def describe() -> list[str]:
    settings = load_settings()
    out = []
    for lang in available_languages(settings):
        if lang in settings.pipelines:
            out.append(f"{lang}: {settings.pipelines[lang]} (configured by the user)")
            continue
        path = bundled_pipeline_path(lang)
        assert path is not None
        meta = json.loads((Path(path) / "meta.json").read_text(encoding="utf8"))
        scores = meta.get("lagebild", {}).get("heldout_scores")
        if scores:
            ner = scores["ner_f1"] if scores.get("ner_f1") is not None else "n/a (no held-out NER gold here)"
            summary = f"held-out LAS {scores['las']}, NER F1 {ner}; NER from {meta['lagebild'].get('ner_source', '?')}"
        else:
            summary = "not evaluated"
        out.append(f"{lang}: bundled {meta.get('name')}-{meta.get('version')} [{', '.join(meta.get('pipeline', []))}] {summary}")
    return out
