"""A user's own actor dictionary: the editable YAML file `lagebild actors import` writes and
`--actors FILE` / the `actors` setting load, validated on load like the bundled files.

It follows people.yaml's schema where it can (names per language, gender, roles with partial
dates and an exclusive end), loosened for what imported dictionaries carry: a code is any code
PETRARCH reads (`IGOUNOKID`, `USAGOVLEG`), a role needs no title or kind, and a gender may be
unknown::

    format: lagebild-actors/1
    entries:
      - id: john_kerry                       # free text, for the evidence
        names: {en: [john kerry, kerry], de: [john kerry]}   # de: left out → en serves German too
        code: USAELI                         # undated default: outside every role, or no roles
        roles:                               # dated codes: start inclusive, end exclusive
          - {code: USALEG, start: 1985-01-03, end: 2013-02-01}
          - {code: USAGOV, start: 2013-02-01, end: 2017-01-20, title: US Secretary of State}
        source: Phoenix.Countries.actors.txt:51394   # where an imported entry came from
      - id: president
        names: {en: [president, presidents]}
        sector: GOV                          # an agent: a sector noun, combined with a country

Resolution: an entry's forms match case-insensitively; on a date the first listed role that
holds gives the code, else `code`; an entry with neither on that date is not resolved. When
several entries share a form, the first listed wins; user entries win over Lagebild's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Literal

import yaml
from pydantic import Field, PlainSerializer, PlainValidator, StringConstraints, ValidationError, model_validator

from .. import yamlfile
from ..errors import ErrorCode, LagebildError
from ..lang.schemas import ActorRef, Form
from ..schema_base import FrozenModel
from . import ActorForm
from .people import PartialDate, _entry_label

FORMAT = "lagebild-actors/1"
# As PETRARCH reads codes: three or more capitals or digits (CAMEO's are runs of 3-letter blocks,
# but users' dictionaries hold codes such as PETR.Validate's "ITHTV", and the coder splits by
# position only).
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3,}$")]
# people.yaml's partial dates, written back as the same text ("2013-02-01", "2013-02", "2013").
PartialDateField = Annotated[PartialDate, PlainValidator(PartialDate.parse), PlainSerializer(str)]


class UserRole(FrozenModel):
    code: Code
    start: PartialDateField | None = None  # None: since ever
    end: PartialDateField | None = None  # exclusive; None: still holds
    title: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "UserRole":
        if self.start is not None and self.end is not None and self.end.first_day() < self.start.first_day():
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self

    def holds_on(self, day: Date) -> bool:
        return (self.start is None or self.start.first_day() <= day) and (self.end is None or day < self.end.first_day())

    def span(self) -> str:
        return f"{self.start or ''}..{self.end or ''}"


class UserNames(FrozenModel):
    """Forms per language; `en` also serves German when `de` is not given (as in people.yaml)."""

    en: tuple[Form, ...] = ()
    de: tuple[Form, ...] | None = None

    @model_validator(mode="after")
    def _some(self) -> "UserNames":
        if not self.en and not self.de:
            raise ValueError("give at least one name form (names.en or names.de)")
        return self

    def get(self, lang: str) -> tuple[str, ...]:
        if lang == "de" and self.de is not None:
            return self.de
        return self.en


class UserEntry(FrozenModel):
    id: str = Field(min_length=1)
    names: UserNames
    gender: Literal["m", "f"] | None = None
    code: Code | None = None
    sector: Code | None = None
    roles: tuple[UserRole, ...] = ()
    source: str | None = None

    @model_validator(mode="after")
    def _what(self) -> "UserEntry":
        if self.sector is not None and (self.code is not None or self.roles):
            raise ValueError("an agent (sector) has no code or roles")
        if self.sector is None and self.code is None and not self.roles:
            raise ValueError("give code, roles, or sector")
        return self

    @property
    def dated(self) -> bool:
        return bool(self.roles)


class UserActorsFile(FrozenModel):
    format: Literal["lagebild-actors/1"]
    entries: tuple[UserEntry, ...]


def split_code(code: str) -> ActorRef:
    """PETRARCH's positional reading of a code, as the importer and the coder use it: the first
    three letters are the country (or IGO, NGO, …), the rest the sector."""
    return ActorRef(country=code[:3], sector=code[3:] or None)


@dataclass(frozen=True)
class UserResolution:
    entry: UserEntry
    path: Path
    form: str
    code: str
    role: UserRole | None

    @property
    def evidence(self) -> str:
        where = f"user file {self.path.name}: {self.entry.id}" + (f" ({self.entry.source})" if self.entry.source else "")
        if self.role is not None:
            title = f" as {self.role.title}" if self.role.title else ""
            return f"{where}{title} ({self.role.span()})"
        return where + (", default code" if self.entry.dated else "")


class UserDictionary:
    """The entries of one or more user files, in order (earlier files and entries win)."""

    def __init__(self, files: Iterable[tuple[Path, UserActorsFile]]):
        self.files = tuple(files)
        self.entries: tuple[tuple[Path, UserEntry], ...] = tuple((p, e) for p, f in self.files for e in f.entries)
        self._by_form: dict[str, dict[str, tuple[tuple[Path, UserEntry], ...]]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def by_form(self, lang: str) -> Mapping[str, tuple[tuple[Path, UserEntry], ...]]:
        if lang not in self._by_form:
            table: dict[str, tuple[tuple[Path, UserEntry], ...]] = {}
            for path, entry in self.entries:
                for form in entry.names.get(lang):
                    key = _key(form)
                    table[key] = (*table.get(key, ()), (path, entry))
            self._by_form[lang] = table
        return self._by_form[lang]

    def forms(self, lang: str) -> Mapping[str, ActorForm]:
        """Casefolded form → ActorForm for the phrase matcher: undated entries and agents (dated
        entries are resolved on the document date by the people hook instead)."""
        out: dict[str, ActorForm] = {}
        for key, found in self.by_form(lang).items():
            path, entry = found[0]
            if entry.dated:
                continue
            where = f"user file {path.name}: {entry.id}"
            if entry.sector is not None:
                out[key] = ActorForm(form=key, code=entry.sector, ref=ActorRef(sector=entry.sector), entry=where)
            else:
                assert entry.code is not None
                out[key] = ActorForm(form=key, code=entry.code, ref=split_code(entry.code), entry=where)
        return MappingProxyType(out)

    def lookup(self, name: str, day: Date, lang: str) -> UserResolution | None:
        """The first entry with the form that has a code on `day` (a role that holds, else its
        default); agents are not names."""
        for path, entry in self.by_form(lang).get(_key(name), ()):
            if entry.sector is not None:
                continue
            role = next((r for r in entry.roles if r.holds_on(day)), None)
            code = role.code if role is not None else entry.code
            if code is not None:
                return UserResolution(entry, path, " ".join(name.split()), code, role)
        return None

    def explain(self, name: str, day: Date, lang: str) -> list[str]:
        lines = []
        for path, entry in self.by_form(lang).get(_key(name), ()):
            lines.append(f"user file {path}: entry {entry.id!r}" + (f" from {entry.source}" if entry.source else ""))
            if entry.sector is not None:
                lines.append(f"  agent: sector {entry.sector}, combined with the country its phrase names; not a name")
            for role in entry.roles:
                mark = "holds" if role.holds_on(day) else "does not hold"
                title = f" {role.title}" if role.title else ""
                lines.append(f"  {role.code}{title} {role.span()}: {mark} on {day.isoformat()}")
            if entry.code is not None:
                lines.append(f"  default code {entry.code}" + (" (outside every dated code)" if entry.roles else ""))
        return lines


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_user_actors(path: Path | str) -> UserActorsFile:
    """Read and check a user actor file; a problem is a one-line LagebildError (E009) naming the
    file and the entry."""
    path = Path(path)
    try:
        raw = yamlfile.load(path.read_text(encoding="utf8"), dates_as_text=True)
    except FileNotFoundError:
        raise LagebildError(ErrorCode.E008, str(path)) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise LagebildError(ErrorCode.E009, where, reason=reason) from None
    if isinstance(raw, dict) and "format" not in raw:
        raise LagebildError(ErrorCode.E009, str(path), reason=f"not a Lagebild actor file (no 'format: {FORMAT}' line)")
    try:
        return UserActorsFile.model_validate(raw or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        msg = " ".join(str(first["msg"]).split()).removeprefix("Value error, ")
        raise LagebildError(ErrorCode.E009, f"{path} [{_entry_label(raw, tuple(first['loc']))}]", reason=msg) from None


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...], stamps: tuple[float, ...]) -> UserDictionary:
    return UserDictionary((Path(p), read_user_actors(p)) for p in paths)


def user_dictionary(paths: Iterable[str | Path]) -> UserDictionary | None:
    """The user files named in the settings or on the command line, loaded once per content
    (a file edited between calls is read again)."""
    names = tuple(str(p) for p in paths)
    if not names:
        return None
    stamps = []
    for name in names:
        try:
            stamps.append(Path(name).stat().st_mtime)
        except FileNotFoundError:
            raise LagebildError(ErrorCode.E008, name) from None
    return _load(names, tuple(stamps))


def dump_user_actors(entries: Iterable[UserEntry], header: str = "") -> str:
    """The YAML text of a user actor file (one entry per block; dates as YYYY-MM-DD text)."""
    body = {"format": FORMAT, "entries": [e.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for e in entries]}
    text = yaml.dump(body, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=120)
    comment = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return comment + text
