"""Options travel as one frozen object: defaults first, then a user's config file, then env vars."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from .errors import ErrorCode, LagebildError

DEFAULT_MAX_CHARS = 2_000_000
CONFIG_ENV = "LAGEBILD_CONFIG"
PIPELINE_ENV_PREFIX = "LAGEBILD_PIPELINE_"
ACTORS_ENV = "LAGEBILD_ACTORS"  # user actor files, separated like PATH (os.pathsep)


@dataclass(frozen=True)
class Settings:
    """`pipelines` maps a language code to a spaCy pipeline name or path that replaces the
    bundled one (for example a transformer pipeline on a GPU machine)."""

    pipelines: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    max_chars: int = DEFAULT_MAX_CHARS
    chunk_chars: int = 50_000
    batch_size: int = 64  # documents per spaCy batch, at most ...
    #: ... and characters per batch: the tok2vec's matrices of a batch of 64 600-word articles are
    #: far larger than the CPU's caches (German parse 4,900 tokens/s; in batches of about 32,000
    #: characters 6,700, `lagebild bench`), while a batch of short texts needs many of them.
    batch_chars: int = 32_000
    #: The user's actor files (`lagebild actors import` writes them): their entries are added to
    #: the matcher and the people lookup, winning over Lagebild's own.
    actors: tuple[str, ...] = ()
    dedup_window_days: int = 1  # mentions of one event are dated at most this many days apart (lagebild.store.dedup)

    def with_pipeline(self, lang: str, name_or_path: str) -> "Settings":
        return replace(self, pipelines=MappingProxyType({**self.pipelines, lang: name_or_path}))


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read `[lagebild]` from a TOML file (the `LAGEBILD_CONFIG` env var or `./lagebild.toml`)
    and `LAGEBILD_PIPELINE_<LANG>` and `LAGEBILD_ACTORS` env vars on top of the defaults.
    Relative `actors` paths in the file are relative to the file."""
    env = os.environ if environ is None else environ
    settings = Settings()
    candidate = path or (Path(env[CONFIG_ENV]) if CONFIG_ENV in env else Path("lagebild.toml"))
    if candidate.is_file():
        try:
            table = tomllib.loads(candidate.read_text(encoding="utf8")).get("lagebild", {})
        except tomllib.TOMLDecodeError as exc:
            raise LagebildError(ErrorCode.E009, str(candidate), reason=str(exc)) from None
        for lang, name in dict(table.get("pipelines", {})).items():
            settings = settings.with_pipeline(str(lang), str(name))
        for key in ("max_chars", "chunk_chars", "batch_size", "batch_chars"):
            if key in table:
                value = table[key]
                if not isinstance(value, int) or value <= 0:
                    raise LagebildError(ErrorCode.E010, str(candidate), key=key, reason="must be a positive integer")
                settings = replace(settings, **{key: value})
        if "actors" in table:
            value = table["actors"]
            files = [value] if isinstance(value, str) else value
            if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
                raise LagebildError(ErrorCode.E010, str(candidate), key="actors", reason="must be a file name or a list of file names")
            settings = replace(settings, actors=tuple(str(candidate.parent / f) for f in files))
        if "dedup_window_days" in table:
            value = table["dedup_window_days"]
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise LagebildError(ErrorCode.E010, str(candidate), key="dedup_window_days", reason="must be 0 or more days")
            settings = replace(settings, dedup_window_days=value)
    for key, value in env.items():
        if key.startswith(PIPELINE_ENV_PREFIX) and value:
            settings = settings.with_pipeline(key[len(PIPELINE_ENV_PREFIX):].lower(), value)
    if env.get(ACTORS_ENV):
        settings = replace(settings, actors=tuple(p for p in env[ACTORS_ENV].split(os.pathsep) if p))
    return settings
