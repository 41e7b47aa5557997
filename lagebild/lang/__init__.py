"""Language knowledge as data: one directory per language, the same file names in each.

`load(lang, kind)` reads `lagebild/lang/<lang>/<kind>.yaml`, validates it against the kind's
schema and returns the typed result; a broken file gives a one-line error naming file and entry.
Adding a language means adding a directory, never code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .. import yamlfile
from ..errors import ErrorCode, LagebildError
from .schemas import SCHEMAS

T = TypeVar("T", bound=BaseModel)


def language_dir(lang: str) -> Path:
    return Path(str(resources.files("lagebild") / "lang" / lang))


def languages_with(kind: str) -> list[str]:
    root = Path(str(resources.files("lagebild") / "lang"))
    return sorted(p.name for p in root.iterdir() if (p / f"{kind}.yaml").is_file())


def read_data_file(path: Path, schema: type[T]) -> T:
    """Parse and validate one YAML data file, or raise a one-line LagebildError."""
    try:
        raw = yamlfile.load(path.read_text(encoding="utf8"))
    except FileNotFoundError:
        raise LagebildError(ErrorCode.E008, str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise LagebildError(ErrorCode.E009, where, reason=getattr(exc, "problem", None) or str(exc)) from None
    try:
        return schema.model_validate(raw or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        raise LagebildError(ErrorCode.E009, f"{path} [{loc}]", reason=first["msg"]) from None


@lru_cache(maxsize=64)
def load(lang: str, kind: str) -> BaseModel:
    if kind not in SCHEMAS:
        raise LagebildError(ErrorCode.E009, kind, reason=f"unknown data kind (known: {', '.join(sorted(SCHEMAS))})")
    return read_data_file(language_dir(lang) / f"{kind}.yaml", SCHEMAS[kind])
