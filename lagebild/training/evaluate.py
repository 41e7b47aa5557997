"""Held-out evaluation of a pipeline: UAS, LAS, POS, morphology, Case F1, lemma accuracy, NER F1
and parse speed on one core, measured on data never used for training or model selection."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from ..nlp import pipe
from .corpora import read_conllu_docs, read_germeval

HELDOUT_SYNTAX = {
    "de": ("UD German-GSD dev", "treebanks/de/gsd_de_gsd-ud-dev.conllu"),
    "en": ("UD English-EWT test", "treebanks/en/en_ewt-ud-test.conllu"),
}
SPEED_REPEATS = 2


@dataclass(frozen=True)
class Scores:
    lang: str
    syntax_set: str
    sentences: int
    uas: float
    las: float
    gold_seg_uas: float
    gold_seg_las: float
    pos: float
    morph: float
    case_f1: float | None
    lemma: float
    sents_f: float
    ner_set: str | None
    ner_f1: float | None
    ner_per_type: dict[str, float] | None
    words_per_second: float
    load_seconds: float

    def as_dict(self) -> dict:
        return asdict(self)


def _pct(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 2)


def _examples(nlp: Language, refs: list[Doc]) -> list[Example]:
    # The reference docs were built with another vocab; move them into the pipeline's strings.
    refs = list(DocBin(docs=refs).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(ref.text), ref) for ref in refs]


def _gold_segmented_examples(nlp: Language, refs: list[Doc]) -> list[Example]:
    """Examples whose predicted docs already have the gold words and sentence starts, so the
    parser is scored on attachment alone (the CoNLL setting "gold tokenization")."""
    refs = list(DocBin(docs=refs).get_docs(nlp.vocab))
    out = []
    for ref in refs:
        words = [t.text for t in ref]
        spaces = [bool(t.whitespace_) for t in ref]
        starts = [bool(t.is_sent_start) for t in ref]
        out.append(Example(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts), ref))
    return out


def germeval_heldout(nlp: Language, shared_data: Path) -> list[Doc]:
    """The last 1,000 GermEval sentences: the recipe never trains or selects on them."""
    ner_dir = shared_data / "ner" / "de"
    return read_germeval(nlp, ner_dir / "germeval2014_dev.tsv", ner_dir / "germeval2014_test.conll.txt")[-1000:]


def words_per_second(nlp: Language, texts: list[str]) -> float:
    """Words per CPU-second of the full pipeline in this one process, BLAS pinned to one thread
    by the caller: the speed of one core, which stays meaningful when other work shares the
    machine (wall-clock time would then measure the neighbours too)."""
    list(nlp.pipe(texts[:20]))  # warm-up: lazy tables such as the lemma dictionaries load here
    n_words = 0
    start = time.process_time()
    for _ in range(SPEED_REPEATS):
        for doc in pipe(nlp, texts):
            n_words += sum(1 for t in doc if not t.is_space)
    return n_words / (time.process_time() - start)


def evaluate_pipeline(lang: str, pipeline: Path | str, shared_data: Path, *, speed: bool = True) -> Scores:
    start = time.perf_counter()
    nlp = spacy.load(pipeline)
    load_seconds = time.perf_counter() - start
    set_name, rel = HELDOUT_SYNTAX[lang]
    refs = read_conllu_docs(shared_data / rel)
    with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
        syn = nlp.evaluate(_examples(nlp, refs))
        gold_seg = nlp.evaluate(_gold_segmented_examples(nlp, refs))
    per_feat = syn.get("morph_per_feat") or {}
    case = per_feat.get("Case", {}).get("f") if "Case" in per_feat else None
    ner_set = ner_f1 = ner_types = None
    if lang == "de" and "ner" in nlp.pipe_names:
        ner_refs = germeval_heldout(nlp, shared_data)
        # The NER may listen to the shared tok2vec, so that one runs too.
        with nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names]):
            ner = nlp.evaluate(_examples(nlp, ner_refs))
        ner_set, ner_f1 = "GermEval 2014 held-out (last 1,000 test sentences)", ner["ents_f"]
        ner_types = {k: _pct(v["f"]) for k, v in (ner.get("ents_per_type") or {}).items()}
    wps = words_per_second(nlp, [ref.text for ref in refs]) if speed else 0.0
    return Scores(
        lang=lang,
        syntax_set=set_name,
        sentences=sum(1 for ref in refs for _ in ref.sents),
        uas=_pct(syn["dep_uas"]),
        las=_pct(syn["dep_las"]),
        gold_seg_uas=_pct(gold_seg["dep_uas"]),
        gold_seg_las=_pct(gold_seg["dep_las"]),
        pos=_pct(syn["pos_acc"]),
        morph=_pct(syn["morph_acc"]),
        case_f1=_pct(case),
        lemma=_pct(syn["lemma_acc"]),
        sents_f=_pct(syn["sents_f"]),
        ner_set=ner_set,
        ner_f1=_pct(ner_f1),
        ner_per_type=ner_types,
        words_per_second=round(wps),
        load_seconds=round(load_seconds, 3),
    )


def pin_one_core() -> None:
    """Measure speed per core: keep BLAS from spreading one process over several cores."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # threadpoolctl is optional; the env vars cover fresh processes
        pass
