"""The event codebook as data: CAMEO event codes, their Goldstein weights and their PLOVER mapping.

Three files ship with the package, each validated when first used:

- `cameo_events.yaml`: every CAMEO 1.1b3 event code (roots 01-20 and their 3- and 4-digit codes)
  with a short name and its Goldstein weight. The quad class is derived from the root, never stored:
  01-05 verbal cooperation (1), 06-09 material cooperation (2), 10-14 verbal conflict (3),
  15-20 material conflict (4).
- `cameo_plover.yaml`: PLOVER type, mode and contexts per CAMEO code, generated from the PLOVER
  project's conversion table by `build_plover_map.py`. A code the table does not list takes the
  mapping of its nearest listed parent (4-digit -> 3-digit -> 2-digit root); codes under the roots
  PLOVER drops (01 statements, 02 appeals) have no PLOVER event, and `to_plover` returns None.
- `plover.yaml`: PLOVER event types with definitions and modes, contexts, sector codes, and the
  meaning of CAMEO actor sector codes. The mapping is checked against it when it loads.

Everything here is language-independent. A broken file raises `LagebildError` E009 naming the file
and the entry; a code that is not in the codebook raises E013.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ErrorCode, LagebildError
from ..lang import read_data_file
from .schemas import CameoEventsFile, CameoPloverFile, PloverFile, parent_code

__all__ = [
    "CameoCode",
    "PloverEvent",
    "PloverType",
    "all_codes",
    "cameo",
    "cameo_sector",
    "goldstein",
    "plover_types",
    "quad_class",
    "root_of",
    "to_plover",
]

CAMEO_FILE = "cameo_events.yaml"
PLOVER_MAP_FILE = "cameo_plover.yaml"
PLOVER_FILE = "plover.yaml"

# Root ranges of the four quad classes (inclusive).
_QUADS = ((1, 5, 1), (6, 9, 2), (10, 14, 3), (15, 20, 4))


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str


@dataclass(frozen=True)
class PloverEvent:
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class PloverType:
    type: str
    quad_class: int
    definition: str
    modes: tuple[str, ...]


def data_dir() -> Path:
    return Path(str(resources.files("lagebild") / "codebook"))


def _quad_of_root(root: str) -> int:
    number = int(root)
    for low, high, quad in _QUADS:
        if low <= number <= high:
            return quad
    raise LagebildError(ErrorCode.E013, value=root)


@lru_cache(maxsize=1)
def _codes() -> dict[str, CameoCode]:
    data = read_data_file(data_dir() / CAMEO_FILE, CameoEventsFile)
    return {
        code: CameoCode(code, entry.name, entry.goldstein, _quad_of_root(code[:2]), code[:2])
        for code, entry in sorted(data.codes.items())
    }


@lru_cache(maxsize=1)
def _plover() -> PloverFile:
    return read_data_file(data_dir() / PLOVER_FILE, PloverFile)


@lru_cache(maxsize=1)
def _plover_map() -> dict[str, PloverEvent]:
    path = data_dir() / PLOVER_MAP_FILE
    data = read_data_file(path, CameoPloverFile)
    vocabulary = _plover()
    codes = _codes()
    extras = vocabulary.conversion_table_extras

    def invalid(code: str, reason: str) -> LagebildError:
        return LagebildError(ErrorCode.E009, f"{path} [mapping.{code}]", reason=reason)

    mapping: dict[str, PloverEvent] = {}
    for code, entry in data.mapping.items():
        if code not in codes:
            raise invalid(code, f"'{code}' is not a code in {CAMEO_FILE}")
        if code[:2] in vocabulary.dropped_cameo_roots:
            raise invalid(code, f"root {code[:2]} is dropped by PLOVER and cannot be mapped")
        kind = vocabulary.event_types.get(entry.type)
        if kind is None:
            raise invalid(code, f"'{entry.type}' is not a PLOVER event type in {PLOVER_FILE}")
        if entry.mode is not None and entry.mode not in kind.modes + extras.modes.get(entry.type, ()):
            raise invalid(code, f"'{entry.mode}' is not a mode of {entry.type} in {PLOVER_FILE}")
        for item in entry.context:
            if item not in vocabulary.contexts and item not in extras.contexts:
                raise invalid(code, f"'{item}' is not a context in {PLOVER_FILE}")
        mapping[code] = PloverEvent(entry.type, entry.mode, entry.context)
    for code in codes:
        if code[:2] not in vocabulary.dropped_cameo_roots and _listed_ancestor(code, mapping) is None:
            raise invalid(code, "neither the code nor any parent of it has a PLOVER mapping")
    return mapping


def _listed_ancestor(code: str, mapping: dict[str, PloverEvent]) -> str | None:
    current: str | None = code
    while current is not None:
        if current in mapping:
            return current
        current = parent_code(current)
    return None


def cameo(code: str) -> CameoCode:
    """The codebook entry for a CAMEO event code given as a string ("0311", "19"); E013 if unknown."""
    if not isinstance(code, str):
        raise LagebildError(ErrorCode.E013, "codes are strings", value=code)
    found = _codes().get(code)
    if found is None:
        raise LagebildError(ErrorCode.E013, value=code)
    return found


def root_of(code: str) -> str:
    """The two-digit root category of a code: "0311" -> "03"."""
    return cameo(code).root


def quad_class(code: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return cameo(code).quad_class


def goldstein(code: str) -> float:
    """The code's weight on the Goldstein scale, -10 (most conflictual) to +10 (most cooperative)."""
    return cameo(code).goldstein


def to_plover(code: str) -> PloverEvent | None:
    """The PLOVER event for a CAMEO code, from the code itself or its nearest listed parent.

    None for codes under the roots PLOVER drops (01 statements, 02 appeals).
    """
    cameo(code)
    mapping = _plover_map()
    listed = _listed_ancestor(code, mapping)
    return mapping[listed] if listed is not None else None


def all_codes() -> list[CameoCode]:
    """Every code in the codebook, sorted by code (a root comes right before its own codes)."""
    return list(_codes().values())


def plover_types() -> list[PloverType]:
    """The 16 PLOVER event types in the order of the PLOVER manual."""
    return [
        PloverType(name, entry.quad_class, entry.definition, entry.modes)
        for name, entry in _plover().event_types.items()
    ]


def cameo_sector(code: str) -> str | None:
    """What a CAMEO actor sector code ("GOV", "REB", ...) stands for, or None if we do not know it."""
    return _plover().cameo_sectors.get(code)
