"""Schemas of the codebook data files: what each file may contain, checked when it loads."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from ..schema_base import FrozenModel

_CODE = re.compile(r"^\d{2,4}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_TYPE = re.compile(r"^[A-Z]+$")
_WORD = re.compile(r"^[a-z][a-z_-]*$")

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


def parent_code(code: str) -> str | None:
    """The code one level up: "0311" -> "031" -> "03"; a root has none."""
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None


class CameoEntry(FrozenModel):
    name: str = Field(min_length=1)
    goldstein: float = Field(ge=-10.0, le=10.0)
    goldstein_source: Literal["published", "parent"] = "published"


class CameoEventsFile(FrozenModel):
    """`cameo_events.yaml`: every CAMEO event code with its name and Goldstein weight."""

    codebook: str
    codes: dict[str, CameoEntry]

    @field_validator("codes")
    @classmethod
    def _hierarchy(cls, codes: dict[str, CameoEntry]) -> dict[str, CameoEntry]:
        for code, entry in codes.items():
            if not _CODE.match(code):
                raise ValueError(f"code {code!r} must be 2 to 4 digits, written as a quoted string")
            if code[:2] not in ROOTS:
                raise ValueError(f"code {code!r} has no valid root (01-20)")
            parent = parent_code(code)
            if parent is not None and parent not in codes:
                raise ValueError(f"code {code!r} has no parent entry {parent!r}")
            if entry.goldstein_source == "parent":
                if parent is None:
                    raise ValueError(f"root {code!r} cannot take its Goldstein weight from a parent")
                if entry.goldstein != codes[parent].goldstein:
                    raise ValueError(
                        f"code {code!r} is marked goldstein_source: parent but its weight {entry.goldstein} "
                        f"differs from {parent!r} ({codes[parent].goldstein})"
                    )
        missing = [root for root in ROOTS if root not in codes]
        if missing:
            raise ValueError(f"root categories missing: {', '.join(missing)}")
        return codes


class PloverEntry(FrozenModel):
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if not _TYPE.match(value):
            raise ValueError(f"PLOVER type {value!r} must be an upper-case word")
        return value


class CameoPloverFile(FrozenModel):
    """`cameo_plover.yaml`: the PLOVER type, mode and contexts for each CAMEO code the table lists."""

    source: str
    mapping: dict[str, PloverEntry]

    @field_validator("mapping")
    @classmethod
    def _codes(cls, mapping: dict[str, PloverEntry]) -> dict[str, PloverEntry]:
        for code in mapping:
            if not _CODE.match(code):
                raise ValueError(f"code {code!r} must be 2 to 4 digits, written as a quoted string")
        return mapping


class PloverTypeEntry(FrozenModel):
    quad_class: int = Field(ge=1, le=4)
    definition: str = Field(min_length=1)
    modes: tuple[str, ...] = ()

    @field_validator("modes")
    @classmethod
    def _modes(cls, modes: tuple[str, ...]) -> tuple[str, ...]:
        for mode in modes:
            if not _WORD.match(mode):
                raise ValueError(f"mode {mode!r} must be a lower-case word")
        if len(set(modes)) != len(modes):
            raise ValueError("modes are listed twice")
        return modes


class TableExtras(FrozenModel):
    modes: dict[str, tuple[str, ...]] = {}
    contexts: tuple[str, ...] = ()


class PloverFile(FrozenModel):
    """`plover.yaml`: PLOVER event types, contexts, sectors, and the CAMEO sector codes."""

    event_types: dict[str, PloverTypeEntry]
    contexts: dict[str, str]
    conversion_table_extras: TableExtras = TableExtras()
    dropped_cameo_roots: tuple[str, ...] = ()
    plover_sectors: dict[str, str]
    cameo_sectors: dict[str, str]

    @field_validator("event_types")
    @classmethod
    def _sixteen(cls, types: dict[str, PloverTypeEntry]) -> dict[str, PloverTypeEntry]:
        for name in types:
            if not _TYPE.match(name):
                raise ValueError(f"event type {name!r} must be an upper-case word")
        if len(types) != 16:
            raise ValueError(f"PLOVER has 16 event types, the file lists {len(types)}")
        return types

    @field_validator("contexts")
    @classmethod
    def _contexts(cls, contexts: dict[str, str]) -> dict[str, str]:
        for name in contexts:
            if not _WORD.match(name):
                raise ValueError(f"context {name!r} must be a lower-case word")
        return contexts

    @field_validator("dropped_cameo_roots")
    @classmethod
    def _roots(cls, roots: tuple[str, ...]) -> tuple[str, ...]:
        for root in roots:
            if root not in ROOTS:
                raise ValueError(f"{root!r} is not a CAMEO root (01-20)")
        return roots

    @field_validator("plover_sectors", "cameo_sectors")
    @classmethod
    def _sectors(cls, sectors: dict[str, str]) -> dict[str, str]:
        for code, meaning in sectors.items():
            if not _SECTOR.match(code):
                raise ValueError(f"sector code {code!r} must be three capital letters")
            if not meaning.strip():
                raise ValueError(f"sector code {code!r} has no meaning")
        return sectors
