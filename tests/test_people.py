"""The people knowledge base: schema, lookup by name and date, and the coder's person hook."""

from datetime import date
from pathlib import Path

import pytest

from lagebild.actors.people import candidates, explain, lookup, make_person_hook
from lagebild.data.people import PartialDate, people, read_people
from lagebild.errors import ErrorCode, LagebildError

GOOD_HEAD = """\
as_of: 2025-06-01
offices:
  us_secstate: {code: USAGOV, kind: foreign_minister, title: {en: US Secretary of State, de: US-Außenminister}}
people:
"""


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "people.yaml"
    path.write_text(GOOD_HEAD + body, encoding="utf8")
    return path


def test_bundled_file_validates_and_is_large():
    data = people()
    assert len(data) >= 400
    assert sum(len(r) for r in data.roles.values()) >= 500


def test_a_small_file_reads(tmp_path):
    path = _write(tmp_path, "  - {id: jk, gender: m, country: USA, names: {en: [John Kerry, Kerry]}, roles: [{office: us_secstate, start: 2013-02-01, end: 2017-01-20}]}\n")
    data = read_people(path)
    assert data.roles["jk"][0].code == "USAGOV"


@pytest.mark.parametrize(("body", "entry", "reason"), [
    # bad date: the entry is named by the person's id, not an index
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{office: us_secstate, start: 2013-13-01}]}\n",
     "people[jk].roles.0.start", "YYYY-MM-DD"),
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{office: nowhere, start: 2013-02-01}]}\n",
     "people[jk].roles.0", "office 'nowhere'"),
    ("  - {id: jk, gender: m, country: XXX, names: {en: [Kerry]}, roles: [{office: us_secstate, start: 2013-02-01}]}\n",
     "people[jk].country", "countries.yaml"),
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{code: USAFOO, kind: official, title: {en: x, de: y}, start: 2013-02-01}]}\n",
     "people[jk].roles.0", "sector"),
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{org: NOPE, kind: official, title: {en: x, de: y}, start: 2013-02-01}]}\n",
     "people[jk].roles.0", "organisations.yaml"),
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{office: us_secstate, start: 2017-01-20, end: 2013-02-01}]}\n",
     "people[jk].roles.0", "before it starts"),
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{office: us_secstate, start: 2013-02-01}]}\n"
     "  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{office: us_secstate, start: 2013-02-01}]}\n",
     "people[jk]", "listed twice"),
    ("  - {id: jk, gender: m, country: USA, names: {en: [Kerry]}, roles: [{office: us_secstate, start: 2013-02-01}]\n",
     "people.yaml:", ""),  # a YAML syntax error names the line
])
def test_schema_errors_are_one_line(tmp_path, body, entry, reason):
    path = _write(tmp_path, body)
    with pytest.raises(LagebildError) as info:
        read_people(path)
    message = str(info.value)
    assert info.value.code is ErrorCode.E009
    assert "\n" not in message
    assert str(path.name) in message and entry in message and reason in message


def test_partial_dates():
    assert str(PartialDate.parse("2024-03")) == "2024-03"
    assert PartialDate.parse("1996").first_day() == date(1996, 1, 1)
    assert PartialDate.parse(date(2013, 2, 1)).precise
    with pytest.raises(ValueError):
        PartialDate.parse("2013-02-30")


def test_same_name_different_dates_give_different_codes():
    assert lookup("Kerry", date(2014, 5, 1), "en").code == "USAGOV"
    assert lookup("Kerry", date(2010, 5, 1), "en").code == "USALEG"
    # the handover day belongs to the new office (end is exclusive)
    assert lookup("John Kerry", date(2013, 2, 1), "en").code == "USAGOV"


def test_outside_every_term_is_the_home_countrys_elite():
    found = lookup("Trump", date(2023, 1, 1), "en")
    assert found.code == "USAELI" and found.status == "between" and found.role is None
    assert lookup("Tillerson", date(2020, 1, 1), "en").status == "former"
    assert lookup("Kerry", date(2020, 1, 1), "en").status == "between"  # Senate, State, then climate envoy
    assert lookup("Belousov", date(2020, 1, 1), "en").status == "not_yet"
    assert lookup("Selenskyj", date(2015, 1, 1), "de").code == "UKRELI"


def test_german_forms_resolve():
    found = lookup("Lawrow", date(2016, 10, 5), "de")
    assert found.code == "RUSGOV" and found.person.id == "sergey_lavrov"
    assert found.title == "russischer Außenminister"
    assert lookup("Selenskyj", date(2023, 1, 1), "de").code == "UKRGOV"
    assert lookup("Lawrow", date(2016, 10, 5), "en") is None  # German forms are German only


def test_armed_group_leaders_take_their_groups_code():
    assert lookup("Nasrallah", date(2020, 1, 1), "de").code == "LBNREB"
    assert lookup("al-Baghdadi", date(2015, 1, 1), "en").code == "IMGMUSISI"
    assert lookup("Sinwar", date(2023, 10, 7), "en").code == "PSEREBHMS"
    # Hemedti: a government post first, the RSF after Burhan dismissed him
    assert lookup("Hemedti", date(2020, 1, 1), "en").code == "SDNGOV"
    assert lookup("Hemedti", date(2024, 1, 1), "en").code == "SDNREB"


def test_an_ambiguous_surname_is_not_resolved():
    # Igor Ivanov (foreign minister) and Sergei Ivanov (defence minister) both held office in 2003
    assert len(candidates("Iwanow", "de")) == 2
    assert lookup("Iwanow", date(2003, 1, 1), "de") is None
    assert any("ambiguous" in line for line in explain("Iwanow", date(2003, 1, 1), "de"))
    # the full names still resolve
    assert lookup("Sergej Iwanow", date(2003, 1, 1), "de").person.id == "sergei_ivanov"
    # a shared surname resolves when only one of its bearers is in office on the date
    assert lookup("Kirchner", date(2005, 1, 1), "en").person.id == "nestor_kirchner"
    assert lookup("Kirchner", date(2010, 1, 1), "en").person.id == "cristina_fernandez_de_kirchner"


def test_explain_lists_the_steps():
    lines = explain("Kerry", date(2014, 5, 1), "en")
    assert lines[0].startswith("name 'Kerry'")
    assert any("holds on 2014-05-01" in line for line in lines)
    assert lines[-1].startswith("→ USAGOV")
    assert "no person" in explain("Nobody Atall")[-1]


def test_no_date_means_the_data_date():
    assert lookup("Merz").date == people().as_of


@pytest.mark.model
def test_hook_codes_people_in_a_german_sentence():
    from lagebild.events.api import code_text

    # (The bare "Kerry traf Lawrow in Genf." is too short for the small German parser, which
    # reads "traf" as an adjective of "Lawrow"; a sentence of ordinary news length parses.)
    text = "Kerry hat sich am Montag mit Lawrow getroffen."
    events = code_text(text, lang="de", person_hook=make_person_hook("de", date(2016, 10, 5)))
    assert [(e.cameo[:2], e.source.code, e.target.code) for e in events] == [("04", "USAGOV", "RUSGOV")]
    source = events[0].source
    assert (source.text, source.start, source.end) == ("Kerry", 0, 5)
    # The same name outside the term: Kerry was a senator in 2010.
    before = code_text(text, lang="de", person_hook=make_person_hook("de", date(2010, 5, 1)))
    assert [e.source.code for e in before] == ["USALEG"]
    assert source.entry.startswith("person: john_kerry as US-Außenminister (2013-02-01..2017-01-20)")


@pytest.mark.model
def test_hook_finds_the_name_after_a_title_and_respects_the_date():
    from lagebild.events.api import code_text

    text = "US-Außenminister John Kerry traf den russischen Außenminister Sergej Lawrow in Genf."
    events = code_text(text, lang="de", person_hook=make_person_hook("de", date(2016, 10, 5)))
    assert events and events[0].source.code == "USAGOV" and events[0].source.text == "John Kerry"
    events = code_text("Kerry met Lavrov in Geneva.", lang="en", person_hook=make_person_hook("en", date(2010, 6, 1)))
    assert events and (events[0].source.code, events[0].target.code) == ("USALEG", "RUSGOV")


@pytest.mark.model
def test_code_text_takes_an_iso_date_string_and_rejects_a_bad_one():
    """Users write dates as strings: "2010-05-01" must resolve Kerry as on that day (senator,
    USALEG), as a date object would; "5.10.2016" is a one-line E014, not a traceback."""
    import lagebild

    text = "Kerry kritisierte Russland."
    as_string = {e.source.code for e in lagebild.code_text(text, lang="de", date="2010-05-01") if e.source}
    as_date = {e.source.code for e in lagebild.code_text(text, lang="de", date=date(2010, 5, 1)) if e.source}
    assert as_string == as_date and "USALEG" in as_string
    with pytest.raises(LagebildError) as err:
        lagebild.code_text(text, lang="de", date="5.10.2016")
    assert err.value.one_line().startswith("[E014]")


def test_a_surname_inside_someone_elses_full_name_is_not_that_person():
    # "John Howard Johnson" ends in "Johnson", a listed form of Mike Johnson and Boris Johnson;
    # the given names the text writes belong to neither, so it is neither.  A first name the
    # person's forms list keeps the match, whatever comes between ("Donald John Trump").
    import spacy
    from spacy.tokens import Doc, Span

    from lagebild.actors.people import find_person

    nlp = spacy.blank("en")

    def person_doc(words):
        doc = Doc(nlp.vocab, words=[*words, "spoke"], heads=[len(words) - 1] * (len(words) - 1) + [len(words), len(words)],
                  deps=["compound"] * (len(words) - 1) + ["nsubj", "ROOT"], pos=["PROPN"] * len(words) + ["VERB"])
        doc.ents = [Span(doc, 0, len(words), label="PERSON")]
        return doc

    day = date(2024, 1, 10)
    doc = person_doc(["John", "Howard", "Johnson"])
    assert find_person(doc[2], "en", day) is None
    doc = person_doc(["Mike", "Johnson"])
    assert find_person(doc[1], "en", day)[1].person.id == "mike_johnson"
    doc = person_doc(["Donald", "John", "Trump"])
    span, found = find_person(doc[2], "en", day)
    assert found.person.id == "donald_trump" and span.text == "Trump"
