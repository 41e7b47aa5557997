"""Event location, event date and coreference light (lagebild.events.context)."""

from datetime import date

import pytest

import lagebild
from lagebild.events.context import _part, _period, parse_absolute

DAY = date(2016, 10, 5)  # a Wednesday


def test_periods_and_parts():
    assert _period(DAY, "week") == (date(2016, 10, 3), date(2016, 10, 9))
    assert _part(*_period(DAY, "week"), "start") == (date(2016, 10, 3), date(2016, 10, 5))
    assert _period(DAY, "month") == (date(2016, 10, 1), date(2016, 10, 31))
    assert parse_absolute("im März 2015", "de", DAY, ("im",)) == (date(2015, 3, 1), date(2015, 3, 31), "month")


@pytest.mark.model
def test_location_date_and_coreference_german():
    text = ("Russische Flugzeuge bombardierten am Montag Aleppo. Kerry traf Lawrow in Genf. "
            "Anfang der Woche hatte der Minister die Türkei besucht.")
    events = lagebild.code_text(text, lang="de", date=DAY)
    first = events[0]
    assert (first.location.name, first.location.country, first.location.source) == ("Aleppo", "SYR", "sentence")
    assert (first.date.start, first.date.precision, first.date.text) == ("2016-10-03", "day", "am Montag")
    visit = next(e for e in events if e.trigger.text == "besucht")
    assert (visit.date.start, visit.date.end, visit.date.precision) == ("2016-10-03", "2016-10-05", "week")
    assert visit.source.code == "RUSGOV" and visit.source.entry.startswith("coreference: Minister →")
    assert first.to_dict()["location"]["lat"] == pytest.approx(36.2, abs=0.1)


@pytest.mark.model
def test_location_date_and_coreference_english():
    text = ("WASHINGTON, Oct. 4 - John Kerry met Sergei Lavrov on 4 October. "
            "He criticised Russia two years ago.")
    events = lagebild.code_text(text, lang="en", date=DAY)
    met, crit = events[0], events[-1]
    assert met.location.name == "Washington" and met.location.source == "document"
    assert (met.date.start, met.date.precision) == ("2016-10-04", "day")
    assert crit.source.code == "USAGOV" and crit.source.entry.startswith("coreference: He → John Kerry")
    assert (crit.date.start, crit.date.end, crit.date.precision) == ("2014-01-01", "2014-12-31", "year")


@pytest.mark.model
def test_no_expression_gives_the_document_date_and_no_date_gives_none():
    e = lagebild.code_text("Russland griff die Ukraine an.", lang="de", date=DAY)[0]
    assert (e.date.start, e.date.source, e.date.text) == ("2016-10-05", "document", None)
    assert lagebild.code_text("Russland griff die Ukraine an.", lang="de")[0].date is None
