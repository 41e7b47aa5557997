"""Lagebild's NLP layer: load a spaCy pipeline per language and parse text with it.

The bundled German and English pipelines live in `lagebild/models/<lang>/` and are found with
`importlib.resources`; a user can swap any language's pipeline for another spaCy pipeline by name
or path through `Settings.pipelines` (config file or `LAGEBILD_PIPELINE_<LANG>`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops

from ..errors import ErrorCode, LagebildError
from ..settings import Settings, load_settings
from ..text import check_length
from . import components as _components  # noqa: F401  (registers Lagebild's spaCy factories)
from .components import text_sentences
from .chunking import split_text
from .langid import detect

__all__ = ["available_languages", "bundled_pipeline_path", "detect_language", "load", "parse", "parse_many", "pipe",
           "text_sentences"]


def bundled_pipeline_path(lang: str) -> Path | None:
    """Directory of the pipeline shipped inside the package for `lang`, if there is one."""
    root = resources.files("lagebild") / "models" / lang
    path = Path(str(root))
    return path if (path / "config.cfg").is_file() else None


def available_languages(settings: Settings | None = None) -> list[str]:
    settings = settings or load_settings()
    models = Path(str(resources.files("lagebild") / "models"))
    bundled = {p.name for p in models.iterdir() if (p / "config.cfg").is_file()} if models.is_dir() else set()
    return sorted(bundled | set(settings.pipelines))


@lru_cache(maxsize=8)
def _load_cached(lang: str, name_or_path: str) -> Language:
    # A pipeline's layers keep the ops they were built with.  thinc's CPU ops multiply matrices
    # with BLIS, whose wheel has no AVX-512 kernels; numpy's OpenBLAS picks them at run time and
    # multiplies the tok2vec and parser matrices about twice as fast here (`lagebild bench`:
    # German parse +25%, English +14%).  The parser's per-step arithmetic stays on BLIS (Cython).
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name_or_path)
    except (OSError, ValueError, KeyError) as exc:
        raise LagebildError(ErrorCode.E006, lang, name=name_or_path, reason=str(exc).splitlines()[0]) from None
    return nlp


def load(lang: str, settings: Settings | None = None) -> Language:
    """The spaCy pipeline for `lang`: the user's configured one, else the bundled one."""
    settings = settings or load_settings()
    name = settings.pipelines.get(lang)
    if name is None:
        bundled = bundled_pipeline_path(lang)
        if bundled is None:
            available = ", ".join(available_languages(settings)) or "none"
            raise LagebildError(ErrorCode.E005, lang=lang, available=available)
        name = str(bundled)
    nlp = _load_cached(lang, name)
    nlp.max_length = max(nlp.max_length, settings.chunk_chars + 1)
    return nlp


def detect_language(text: str, settings: Settings | None = None, subject: str = "<input>") -> str:
    return detect(text, available_languages(settings), subject)


def _resolve_lang(text: str, lang: str, settings: Settings, subject: str) -> str:
    return detect_language(text, settings, subject) if lang == "auto" else lang


def parse(text: str, *, lang: str = "auto", settings: Settings | None = None, subject: str = "<input>") -> Doc:
    """Parse one document. Empty or whitespace-only text gives an empty Doc; text longer than
    `settings.max_chars` is refused with a one-line error; long text is parsed in pieces."""
    settings = settings or load_settings()
    check_length(text, settings.max_chars, subject)
    if not text.strip():
        nlp = load("en" if lang == "auto" else lang, settings)
        return nlp.make_doc(text)
    nlp = load(_resolve_lang(text, lang, settings, subject), settings)
    pieces = split_text(text, settings.chunk_chars)
    if len(pieces) == 1:
        return nlp(text)
    docs = list(pipe(nlp, pieces, settings))
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_many(
    texts: Iterable[str], *, lang: str, settings: Settings | None = None, batch_size: int | None = None
) -> Iterator[Doc]:
    """Stream many short documents of one known language through `nlp.pipe`."""
    settings = settings or load_settings()
    if batch_size is not None:
        settings = replace(settings, batch_size=batch_size)
    yield from pipe(load(lang, settings), texts, settings)


def pipe(nlp: Language, texts: Iterable[str], settings: Settings | None = None) -> Iterator[Doc]:
    """`nlp.pipe` over `texts`, in order, in batches of at most `settings.batch_chars` characters
    and `settings.batch_size` texts (a text longer than the budget is a batch of its own).
    spaCy counts a batch in documents only; how fast its networks run depends on the tokens in a
    batch, so long articles want few per batch and short sentences many."""
    settings = settings or load_settings()
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (chars + len(text) > settings.batch_chars or len(batch) >= settings.batch_size):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))
