"""People and the offices they held: the schema of `lagebild/data/people.yaml` and its loader.

A person has names per language, a gender (for later coreference), a home country (the CAMEO
country of the `ELI` code a person gets outside every term) and roles. A role is an office held
from `start` to `end`: the office gives the CAMEO code (`USAGOV`, or an organisation of
organisations.yaml such as `UN` → `IGOUNO`), a title in English and German and a kind.

Date convention
---------------
* `YYYY-MM-DD` where the day is known, `"YYYY-MM"` (quoted) where only the month is known,
  `"YYYY"` (quoted) where only the year is (a few leaders of armed groups).  A partial date counts
  as the first day of its month or year in every comparison.
* A term holds from `start` (inclusive) to `end` (exclusive): `end` is the day the successor took
  office (or the office ended), so on a handover day the new holder holds it.
* `end: null` means still in office on the file's `as_of` date.
* Acting and caretaker spells are left out unless they mattered in the news; where a date was not
  known reliably the role is left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, Mapping

import yaml
from pydantic import BeforeValidator, PlainValidator, Field, StringConstraints, ValidationError, model_validator

from .. import yamlfile
from ..errors import ErrorCode, LagebildError
from ..lang.schemas import SECTOR_CODES, CountryCode, Form, OrganisationId
from ..schema_base import FrozenModel

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDate(tuple):
    """A date known to the day, the month or only the year: (year, month or None, day or None)."""

    __slots__ = ()

    def __new__(cls, year: int, month: int | None = None, day: int | None = None) -> "PartialDate":
        if month is None and day is not None:
            raise ValueError("a day needs a month")
        Date(year, month or 1, day or 1)  # raises ValueError when impossible
        return super().__new__(cls, (year, month, day))

    @property
    def year(self) -> int:
        return self[0]

    @property
    def month(self) -> int | None:
        return self[1]

    @property
    def day(self) -> int | None:
        return self[2]

    @property
    def precise(self) -> bool:
        return self.day is not None

    def first_day(self) -> Date:
        """The date used in comparisons: a partial date counts as the first of its month or year."""
        return Date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    @classmethod
    def parse(cls, value: Any) -> "PartialDate":
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, Date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, str) and (m := _PARTIAL.match(value)):
            year, month, day = m.groups()
            try:
                return cls(int(year), int(month) if month else None, int(day) if day else None)
            except ValueError:
                pass
        raise ValueError(f"date {value!r} must be YYYY-MM-DD, or \"YYYY-MM\" or \"YYYY\" where only the month or year is known")


PartialDateField = Annotated[PartialDate, PlainValidator(PartialDate.parse)]
PersonId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
OfficeId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Kind = Literal[
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "legislator", "igo_head", "group_leader", "minister", "official",
]
CameoPersonCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{6}$")]


class Title(FrozenModel):
    en: str = Field(min_length=1)
    de: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


class Office(FrozenModel):
    """What a role is: either `code` (a CAMEO country + sector, `USAGOV`) or `org` (an id of
    organisations.yaml, whose code it takes), a title and a kind."""

    title: Title
    kind: Kind
    code: CameoPersonCode | None = None
    org: OrganisationId | None = None

    @model_validator(mode="after")
    def _code_or_org(self) -> "Office":
        if (self.code is None) == (self.org is None):
            raise ValueError("give either code (country + sector) or org, not both or neither")
        if self.code is not None and self.code[3:] not in SECTOR_CODES:
            raise ValueError(f"code {self.code!r}: sector {self.code[3:]!r} is not a CAMEO sector code")
        return self


class Role(FrozenModel):
    """One term: an `office` of the file's offices table, or the office's fields given inline."""

    office: OfficeId | None = None
    code: CameoPersonCode | None = None
    org: OrganisationId | None = None
    title: Title | None = None
    kind: Kind | None = None
    start: PartialDateField
    end: PartialDateField | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _office_or_inline(self) -> "Role":
        inline = (self.code, self.org, self.title, self.kind)
        if self.office is not None and any(v is not None for v in inline):
            raise ValueError(f"role with office {self.office!r} must not also give code, org, title or kind")
        if self.office is None:
            Office(title=self.title, kind=self.kind, code=self.code, org=self.org)  # type: ignore[arg-type]
        if self.end is not None and self.end.first_day() < self.start.first_day():
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self


class Names(FrozenModel):
    """Forms of the name per language: full name first, then surname and common short forms.
    `de` may be left out where German writes the name as English does."""

    en: tuple[Form, ...] = Field(min_length=1)
    de: tuple[Form, ...] | None = None

    def get(self, lang: str) -> tuple[str, ...]:
        if lang == "de" and self.de is not None:
            return self.de
        return self.en


class Person(FrozenModel):
    id: PersonId
    names: Names
    gender: Literal["m", "f"]
    country: CountryCode  # home country: the CAMEO country of its ELI code outside every term
    roles: tuple[Role, ...] = Field(min_length=1)


class PeopleTable(FrozenModel):
    as_of: Annotated[Date, BeforeValidator(lambda v: Date.fromisoformat(v) if isinstance(v, str) else v)]  # the data date: `end: null` means in office on this date
    offices: dict[OfficeId, Office] = Field(default_factory=dict)
    people: tuple[Person, ...]


@dataclass(frozen=True)
class ResolvedRole:
    """A role with its office filled in: what the lookup works with."""

    code: str
    country: str | None
    sector: str | None
    title: Title
    kind: Kind
    start: PartialDate
    end: PartialDate | None
    office: str | None = None

    def holds_on(self, day: Date) -> bool:
        return self.start.first_day() <= day and (self.end is None or day < self.end.first_day())

    def span(self) -> str:
        return f"{self.start}..{self.end or ''}"


class People:
    """The validated file: people by id, each with resolved roles."""

    def __init__(self, table: PeopleTable, roles: Mapping[str, tuple[ResolvedRole, ...]], path: Path):
        self.table = table
        self.as_of = table.as_of
        self.path = path
        self.by_id: Mapping[str, Person] = MappingProxyType({p.id: p for p in table.people})
        self.roles = MappingProxyType(dict(roles))

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self):
        return iter(self.table.people)


def _entry_label(raw: Any, loc: tuple) -> str:
    """`people.3.roles.0.start` → `people[john_kerry].roles.0.start` where the id is readable."""
    parts: list[str] = []
    node = raw
    for i, part in enumerate(loc):
        label = str(part)
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            item = node[part]
            ident = item.get("id") if isinstance(item, dict) else None
            label = f"[{ident}]" if ident and i > 0 and loc[i - 1] == "people" else f"{part}"
            node = item
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            node = None
        parts.append(label)
    out = ""
    for label in parts:
        out += label if label.startswith("[") or not out else f".{label}"
    return out


def read_people(path: Path) -> People:
    """Read and check a people file; any problem is a one-line LagebildError (E009) naming the
    file and the entry."""
    from . import countries, organisations

    try:
        raw = yamlfile.load(path.read_text(encoding="utf8"), dates_as_text=True)
    except FileNotFoundError:
        raise LagebildError(ErrorCode.E008, str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise LagebildError(ErrorCode.E009, where, reason=reason) from None
    try:
        table = PeopleTable.model_validate(raw or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        msg = " ".join(str(first["msg"]).split()).removeprefix("Value error, ")
        raise LagebildError(ErrorCode.E009, f"{path} [{_entry_label(raw, tuple(first['loc']))}]", reason=msg) from None

    def fail(entry: str, reason: str) -> LagebildError:
        return LagebildError(ErrorCode.E009, f"{path} [{entry}]", reason=reason)

    known_countries, known_orgs = countries(), organisations()

    def resolve_office(office: Office, entry: str) -> tuple[str, str | None, str | None]:
        if office.org is not None:
            org = known_orgs.get(office.org)
            if org is None:
                raise fail(entry, f"organisation {office.org!r} is not in lagebild/data/organisations.yaml")
            return org.cameo, None, org.sector
        assert office.code is not None
        if office.code[:3] not in known_countries:
            raise fail(entry, f"country {office.code[:3]!r} of code {office.code!r} is not in lagebild/data/countries.yaml")
        return office.code, office.code[:3], office.code[3:]

    offices: dict[str, tuple[Office, tuple[str, str | None, str | None]]] = {}
    for name, office in table.offices.items():
        offices[name] = (office, resolve_office(office, f"offices.{name}"))

    seen: set[str] = set()
    roles: dict[str, tuple[ResolvedRole, ...]] = {}
    for person in table.people:
        if person.id in seen:
            raise fail(f"people[{person.id}]", "person id is listed twice")
        seen.add(person.id)
        if person.country not in known_countries:
            raise fail(f"people[{person.id}].country", f"country {person.country!r} is not in lagebild/data/countries.yaml")
        for lang in ("en", "de"):
            forms = [f.casefold() for f in person.names.get(lang)]
            if len(set(forms)) != len(forms):
                raise fail(f"people[{person.id}].names.{lang}", "a name form is listed twice")
        resolved: list[ResolvedRole] = []
        for n, role in enumerate(person.roles):
            entry = f"people[{person.id}].roles.{n}"
            if role.office is not None:
                if role.office not in offices:
                    raise fail(entry, f"office {role.office!r} is not in the offices table")
                office, (code, country, sector) = offices[role.office]
            else:
                office = Office(title=role.title, kind=role.kind, code=role.code, org=role.org)  # type: ignore[arg-type]
                code, country, sector = resolve_office(office, entry)
            resolved.append(ResolvedRole(
                code=code, country=country, sector=sector, title=office.title, kind=office.kind,
                start=role.start, end=role.end, office=role.office,
            ))
        roles[person.id] = tuple(resolved)
    return People(table, roles, path)


def people_path() -> Path:
    from . import data_dir

    return data_dir() / "people.yaml"


@lru_cache(maxsize=1)
def people() -> People:
    """The bundled people file, validated."""
    return read_people(people_path())
