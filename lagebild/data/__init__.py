"""Language-independent facts about actors: countries and international organisations.

`countries()` and `organisations()` read the YAML files next to this module, validated against the
schemas below. `validate_actor_data(lang)` checks one language's `actors.yaml` against them (every
country and organisation it names must exist here); `actor_forms(lang)` gives its surface forms
with the CAMEO code each stands for; `country_forms` and `sector_forms` are its country-only and
sector-only parts, and `find_actor(lang, text)` looks up one span the way the event coder needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Mapping

from pydantic import AfterValidator, StringConstraints, model_validator

from ..errors import ErrorCode, LagebildError
from ..lang import language_dir, read_data_file
from ..lang.schemas import ActorRef, Actors, CountryCode, OrganisationId, Sector
from ..schema_base import FrozenModel

#: The sectors an organisation of organisations.yaml may have: intergovernmental, non-governmental,
#: and the armed non-state groups (rebels, unaligned armed forces, international militarised groups).
ORGANISATION_SECTORS = frozenset({"IGO", "NGO", "REB", "UAF", "IMG"})


def data_dir() -> Path:
    return Path(str(resources.files("lagebild") / "data"))


def _latlon(value: tuple[float, float]) -> tuple[float, float]:
    lat, lon = value
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{list(value)} is not a latitude in [-90, 90] and a longitude in [-180, 180]")
    if any(round(x, 2) != x for x in value):
        raise ValueError(f"{list(value)}: round coordinates to 2 decimals")
    return value


def _organisation_sector(value: str) -> str:
    if value not in ORGANISATION_SECTORS:
        raise ValueError(f"organisation sector {value!r} must be one of {', '.join(sorted(ORGANISATION_SECTORS))}")
    return value


LatLon = Annotated[tuple[float, float], AfterValidator(_latlon)]
CameoCode = Annotated[str, StringConstraints(pattern=r"^(?:[A-Z]{3})+$")]


class Country(FrozenModel):
    """A state. `cameo` is its CAMEO code (ISO 3166-1 alpha-3 except where CAMEO differs);
    `seat` is given where the government sits elsewhere than the capital."""

    cameo: CountryCode
    iso2: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    name: str
    capital: str
    capital_latlon: LatLon
    seat: str | None = None
    seat_latlon: LatLon | None = None

    @model_validator(mode="after")
    def _seat_with_coordinates(self) -> "Country":
        if (self.seat is None) != (self.seat_latlon is None):
            raise ValueError(f"{self.cameo}: seat and seat_latlon go together")
        return self


class Territory(FrozenModel):
    """A dependent territory, located as part of the state it belongs to (Hong Kong → CHN)."""

    iso2: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    name: str
    country: CountryCode


class CountryTable(FrozenModel):
    countries: tuple[Country, ...]
    territories: tuple[Territory, ...] = ()

    @model_validator(mode="after")
    def _unique_codes(self) -> "CountryTable":
        for field in ("cameo", "iso2"):
            seen: set[str] = set()
            for country in self.countries:
                value = getattr(country, field)
                if value in seen:
                    raise ValueError(f"{field} {value!r} is listed twice")
                seen.add(value)
        codes = {c.cameo for c in self.countries}
        for territory in self.territories:
            if territory.country not in codes:
                raise ValueError(f"territory {territory.iso2}: unknown country {territory.country!r}")
            if territory.iso2 in {c.iso2 for c in self.countries}:
                raise ValueError(f"territory {territory.iso2} is also listed as a country")
        return self


class Organisation(FrozenModel):
    """An international organisation or an armed non-state group with its CAMEO actor code."""

    id: OrganisationId
    name: str
    cameo: CameoCode
    sector: Annotated[Sector, AfterValidator(_organisation_sector)]


class OrganisationTable(FrozenModel):
    organisations: tuple[Organisation, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> "OrganisationTable":
        seen: set[str] = set()
        for org in self.organisations:
            if org.id in seen:
                raise ValueError(f"organisation id {org.id!r} is listed twice")
            seen.add(org.id)
        return self


@dataclass(frozen=True)
class ActorForm:
    """One surface form of one language: what it stands for, its CAMEO code, and where it is listed."""

    form: str
    code: str
    ref: ActorRef
    entry: str


@lru_cache(maxsize=1)
def _country_table() -> CountryTable:
    return read_data_file(data_dir() / "countries.yaml", CountryTable)


def countries() -> Mapping[str, Country]:
    """Every country by CAMEO code."""
    return _countries_by_code()


@lru_cache(maxsize=1)
def _countries_by_code() -> Mapping[str, Country]:
    return MappingProxyType({c.cameo: c for c in _country_table().countries})


@lru_cache(maxsize=1)
def country_by_iso2() -> Mapping[str, str]:
    """CAMEO country code by ISO alpha-2, dependent territories under their state."""
    table = _country_table()
    return MappingProxyType({**{t.iso2: t.country for t in table.territories}, **{c.iso2: c.cameo for c in table.countries}})


@lru_cache(maxsize=1)
def organisations() -> Mapping[str, Organisation]:
    """Every organisation by id."""
    table = read_data_file(data_dir() / "organisations.yaml", OrganisationTable)
    return MappingProxyType({o.id: o for o in table.organisations})


def validate_actor_data(lang: str, path: Path | None = None) -> Actors:
    """Read a language's actors.yaml (or `path`) and check it against the facts here: every
    country code and organisation id it uses must exist. Clashes (one form, two actors) and
    unknown sector codes are caught by the schema. Raises a one-line LagebildError (E009)."""
    path = path or language_dir(lang) / "actors.yaml"
    actors = read_data_file(path, Actors)
    known_countries, known_orgs = countries(), organisations()

    def unknown_country(code: str, entry: str) -> LagebildError:
        return LagebildError(ErrorCode.E009, f"{path} [{entry}]", reason=f"country code {code!r} is not in lagebild/data/countries.yaml")

    for code in actors.countries:
        if code not in known_countries:
            raise unknown_country(code, f"countries.{code}")
    for shared in actors.shared:
        for code in shared.countries:
            if code not in known_countries:
                raise unknown_country(code, f"shared[{'/'.join(shared.countries)}]")
    for org in actors.organisations:
        if org.country is not None and org.country not in known_countries:
            raise unknown_country(org.country, f"organisations[{org.label}]")
        if org.org is not None and org.org not in known_orgs:
            raise LagebildError(
                ErrorCode.E009, f"{path} [organisations[{org.org}]]",
                reason=f"organisation {org.org!r} is not in lagebild/data/organisations.yaml",
            )
    return actors


@lru_cache(maxsize=8)
def actor_data(lang: str) -> Actors:
    """A language's bundled actors.yaml, read and validated once per process."""
    return validate_actor_data(lang)


def cameo_code(ref: ActorRef) -> str:
    """The full CAMEO code of what a form stands for (an organisation's code from organisations.yaml)."""
    if ref.organisation is not None:
        return organisations()[ref.organisation].cameo
    return ref.code


@lru_cache(maxsize=8)
def actor_forms(lang: str) -> Mapping[str, ActorForm]:
    """Every surface form of a language, keyed case-folded, after validation."""
    actors = actor_data(lang)
    table: dict[str, ActorForm] = {}
    for form, ref, entry in actors.forms():
        table.setdefault(form.casefold(), ActorForm(form=form, code=cameo_code(ref), ref=ref, entry=entry))
    return MappingProxyType(table)


def _country_only(form: ActorForm) -> bool:
    return form.ref.country is not None and form.ref.sector is None


def sector_only(form: ActorForm) -> bool:
    """A common noun for a sector with no country or organisation ("Rebellen", "government")."""
    return form.ref.country is None and form.ref.organisation is None and form.ref.sector is not None


@lru_cache(maxsize=8)
def country_forms(lang: str) -> Mapping[str, ActorForm]:
    """Forms that name a country alone (names, adjectives, demonyms, shared forms), keyed
    case-folded: the coder combines them with a sector noun ("russische" + "Armee")."""
    return MappingProxyType({k: f for k, f in actor_forms(lang).items() if _country_only(f)})


@lru_cache(maxsize=8)
def sector_forms(lang: str) -> Mapping[str, ActorForm]:
    """Common nouns that name a sector without a country ("Rebellen" → REB), keyed case-folded."""
    return MappingProxyType({k: f for k, f in actor_forms(lang).items() if sector_only(f)})


@lru_cache(maxsize=8)
def _determiners(lang: str) -> tuple[str, ...]:
    return actor_data(lang).determiners


def _written_as_listed(text: str, form: ActorForm) -> bool:
    # Short all-capital forms (US, IS, AU) must be written in capitals: "us", "is", "Is" are
    # common words. Longer acronyms may be title-cased as some papers do ("Nato", "Opec"), but
    # never all lower case.
    if not form.form.isupper():
        return True
    return text.isupper() or (len(form.form) > 3 and not text.islower())


def find_actor(lang: str, text: str) -> ActorForm | None:
    """The actor a span of text names, or None. Matches case-insensitively on single-spaced text,
    short all-capital forms only in capitals; a leading determiner of the language ("der Kreml", "the
    Kremlin") is dropped when the whole span is not itself a form ("The Hague")."""
    span = " ".join(text.split())
    forms = actor_forms(lang)
    found = forms.get(span.casefold())
    if found is not None and _written_as_listed(span, found):
        return found
    first, _, rest = span.partition(" ")
    if rest and first.casefold() in _determiners(lang):
        found = forms.get(rest.casefold())
        if found is not None and _written_as_listed(rest, found):
            return found
    return None
