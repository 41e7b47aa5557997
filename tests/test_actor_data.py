from pathlib import Path

import pytest

from lagebild.data import (
    actor_forms, countries, country_forms, find_actor, organisations, sector_forms, validate_actor_data,
)
from lagebild.errors import ErrorCode, LagebildError
from lagebild.lang.schemas import Actors

LANGS = ["de", "en"]


def test_country_table_covers_every_sovereign_state():
    table = countries()
    # 193 UN members, the observer states Holy See and Palestine, and Kosovo and Taiwan.
    assert len(table) == 197
    # CAMEO's own codes where it departs from ISO 3166-1 alpha-3.
    assert {"KSV", "TMP", "PSE", "TWN", "VAT"} <= set(table)
    # Norway's iso2 survives YAML, which reads a bare NO as false.
    assert table["NOR"].iso2 == "NO"
    assert table["NLD"].seat == "The Hague"


@pytest.mark.parametrize("lang", LANGS)
def test_actor_data_validates(lang):
    assert isinstance(validate_actor_data(lang), Actors)


@pytest.mark.parametrize("lang", LANGS)
def test_every_country_has_a_name(lang):
    named = {f.ref.country for f in actor_forms(lang).values() if f.entry.endswith(".names")}
    assert set(countries()) <= named


@pytest.mark.parametrize("lang", LANGS)
def test_every_organisation_has_a_form(lang):
    named = {f.ref.organisation for f in actor_forms(lang).values()}
    assert set(organisations()) <= named


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("de", "russischen", "RUS"),            # adjective stem "russisch" + ending "en"
    ("de", "Russlands", "RUS"),             # genitive of the name, listed because lemmas miss it
    ("de", "Russinnen", "RUS"),             # feminine plural demonym
    ("de", "Kreml", "RUSGOV"),              # seat of government stands for the government
    ("de", "der Kreml", "RUSGOV"),          # the leading article is dropped
    ("de", "Pentagon", "USAMIL"),           # national institution: USA + MIL
    ("de", "Vereinte Nationen", "IGOUNO"),  # organisation: code from organisations.yaml
    ("de", "Hisbollah", "LBNREB"),
    ("de", "Rebellen", "REB"),              # sector noun without a country
    ("de", "DRK", "NGOHLHIRC"),             # the German Red Cross, not the DR Congo
    ("de", "Kongo", "COD"),                 # shared by COD and COG; COD is the default
    ("en", "Russian", "RUS"),               # adjective and singular demonym, same actor
    ("en", "Russians", "RUS"),
    ("en", "the Kremlin", "RUSGOV"),
    ("en", "White House", "USAGOV"),
    ("en", "Pentagon", "USAMIL"),
    ("en", "Downing Street", "GBRGOV"),
    ("en", "Security Council", "IGOUNO"),
    ("en", "Nato", "IGOWSTNAT"),            # a long acronym may be title-cased
    ("en", "U.S.", "USA"),
    ("en", "The Hague", "NLDGOV"),          # "The" belongs to the name here
    ("en", "troops", "MIL"),
    ("en", "Kyrgyz", "KGZ"),                # adjective used as demonym
    ("en", "Cypriots", "CYP"),              # plural demonym differs from the adjective
    ("en", "Kampuchean", "KHM"),            # historical name of Cambodia
    ("en", "European Community", "IGOEUREEC"),
    ("en", "rebel leaders", "REB"),         # longer than "leaders" (GOV), so it wins
    ("en", "official", "GOV"),
    ("en", "activists", "OPP"),
    ("en", "high court", "JUD"),
    ("de", "pakistanischen Taliban", "PAKREB"),   # the Pakistani Taliban (TTP), not the Afghan
    ("en", "Pakistani Taliban", "PAKREB"),
    ("de", "Boko-Haram-Kämpfer", "NGAREB"),       # a two-word name before a hyphen, listed whole
    ("de", "Fatah-al-Scham-Front", "SYRREBMUS"),  # al-Nusra's name from 2016
    ("en", "Jabhat Fateh al-Sham", "SYRREBMUS"),
    ("de", "Peschmerga", "IRQMIL"),
    ("de", "Naxaliten", "INDREB"),
    ("de", "UN-Sondergesandte", "IGOUNO"),        # the UN's envoy, not a bare GOV
    ("de", "Nato-Truppen", "IGOWSTNAT"),          # not a bare MIL by the compound head
    ("de", "Zentralbank", "GOV"),                 # a state body, not BUS by 'Bank'
    ("en", "central bank", "GOV"),
    ("de", "Küstenwachschiffe", "COP"),
    ("en", "militia leaders", "UAF"),             # not GOV by 'leaders'
    ("de", "Gazprom", "RUSBUS"),
])
def test_spot_checks(lang, text, code):
    found = find_actor(lang, text)
    assert found is not None and found.code == code, (text, found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "us"), ("en", "is"), ("en", "Is"),  # short acronyms US and IS only in capitals
    ("en", "ec"),                               # EC (European Community) only in capitals
    ("de", "Präsidentenpalast"),                # not a listed form
])
def test_common_words_are_not_actors(lang, text):
    assert find_actor(lang, text) is None


@pytest.mark.parametrize("lang", LANGS)
def test_country_and_sector_parts(lang):
    assert all(f.ref.country and not f.ref.sector for f in country_forms(lang).values())
    assert all(f.ref.sector and not f.ref.country for f in sector_forms(lang).values())
    assert {f.code for f in sector_forms(lang).values()} >= {"GOV", "MIL", "REB", "OPP", "COP", "CVL", "REF"}


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(body, encoding="utf8")
    return path


def test_one_form_for_two_actors_is_a_one_line_error(tmp_path: Path):
    path = _write(tmp_path, (
        'adjective_endings: [""]\n'
        "countries:\n"
        "  GEO: {names: [Georgia]}\n"
        "organisations:\n"
        "  - {country: USA, sector: GOV, forms: [Georgia]}\n"
    ))
    with pytest.raises(LagebildError) as err:
        validate_actor_data("en", path)
    line = err.value.one_line()
    assert err.value.code is ErrorCode.E009 and "\n" not in line
    assert str(path) in line and "countries.GEO.names" in line and "organisations[USA/GOV]" in line


def test_unknown_country_code_is_a_one_line_error(tmp_path: Path):
    path = _write(tmp_path, 'adjective_endings: [""]\ncountries:\n  XYZ: {names: [Nowhere]}\n')
    with pytest.raises(LagebildError) as err:
        validate_actor_data("en", path)
    line = err.value.one_line()
    assert err.value.code is ErrorCode.E009 and "\n" not in line
    assert str(path) in line and "countries.XYZ" in line and "'XYZ'" in line


def test_unknown_organisation_is_a_one_line_error(tmp_path: Path):
    path = _write(tmp_path, 'adjective_endings: [""]\norganisations:\n  - {org: SPECTRE, forms: [Spectre]}\n')
    with pytest.raises(LagebildError) as err:
        validate_actor_data("en", path)
    assert err.value.code is ErrorCode.E009 and "organisations[SPECTRE]" in err.value.one_line()


def test_capital_adjectives_are_made_from_capitals_ending_in_s_unless_that_is_a_genitive():
    # "die Pariser Staatsanwaltschaft" is French, as "ein Moskauer Gericht" is Russian; "Kiews"
    # (listed beside "Kiew") is a genitive, so no "Kiewser".
    from lagebild.data import find_actor

    assert find_actor("de", "Pariser").code == "FRA"
    assert find_actor("de", "Moskauer").code == "RUS" and find_actor("de", "Kiewer").code == "UKR"
    assert find_actor("de", "Kiewser") is None
