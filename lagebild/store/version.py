"""The coder version stamped on every stored document and event: the package version plus a hash
of the language data and actor dictionaries, so that changing a pattern file marks earlier codings
as stale (`lagebild ingest --recode`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

_DATA_DIRS = ("lang", "data")
_SKIP_SUFFIXES = (".py", ".pyc")


@dataclass(frozen=True)
class CoderVersion:
    package: str
    dictionaries: str  # sha256 hex of every data file under lagebild/lang and lagebild/data

    @property
    def label(self) -> str:
        return f"{self.package}+{self.dictionaries[:12]}"


def _files(root: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for entry in root.iterdir():
        name = f"{prefix}/{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                out.extend(_files(entry, name))
        elif not entry.name.endswith(_SKIP_SUFFIXES):
            out.append((name, entry))
    return out


@lru_cache(maxsize=1)
def coder_version() -> CoderVersion:
    from .. import __version__

    digest = hashlib.sha256()
    package = resources.files("lagebild")
    for directory in _DATA_DIRS:
        for name, entry in sorted(_files(package.joinpath(directory), directory), key=lambda item: item[0]):
            digest.update(name.encode("utf8") + b"\0" + entry.read_bytes() + b"\0")
    return CoderVersion(__version__, digest.hexdigest())
