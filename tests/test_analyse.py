"""The analysis functions on a store of hand-made events (numbers follow from the table in
analyse_fixtures) and on real sample articles."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date as Date

import pytest
from analyse_fixtures import DOC_A, build_known_store, build_sample_store

from lagebild import analyse
from lagebild.analyse import EventFilter
from lagebild.errors import LagebildError
from lagebild.events.records import Event
from lagebild.store import content_id, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_known_store(tmp_path_factory.mktemp("known") / "k.duckdb")
    with open_store(path, read_only=True) as s:
        yield s


def _ids(page: analyse.EventPage) -> list[int]:
    return [e["event_id"] for e in page.events]


def test_summary(store):
    got = analyse.summary(store)
    # USA, RUS, DEU, FRA, SYR: IGOUNO has no country; event 4 (hypothetical) adds none.
    assert asdict(got) == {"documents": 3, "events": 8, "asserted": 7, "first_day": Date(2024, 3, 3),
                           "last_day": Date(2024, 3, 11), "countries": 5}


@pytest.mark.parametrize(("where", "expected"), [
    (EventFilter(), [5, 6, 2, 1, 3, 7, 8]),  # newest day first; undated last; document order within a document
    (EventFilter(source="USA"), [2, 1, 7]),  # USAGOV counts as USA
    (EventFilter(source="usagov"), [1]),
    (EventFilter(target="USA"), [3]),
    (EventFilter(country="DEU"), [5, 6]),
    (EventFilter(root="19"), [1]),
    (EventFilter(root="19", factuality="all"), [1, 4]),
    (EventFilter(factuality="hypothetical"), [4]),
    (EventFilter(quad_class=(3, 4)), [1, 3, 7]),
    (EventFilter(start="2024-03-05"), [5, 6, 2]),
    (EventFilter(start=Date(2024, 3, 4), end=Date(2024, 3, 4)), [1, 3]),
    (EventFilter(doc_id=content_id(DOC_A), factuality="all"), [2, 1, 3, 4]),
])
def test_event_filters(store, where, expected):
    page = analyse.list_events(store, where)
    assert _ids(page) == expected and page.total == len(expected)


def test_events_keep_the_coders_json_and_say_where_they_are_stored(store):
    [event] = analyse.list_events(store, EventFilter(root="04", source="USA")).events
    assert (event["event_id"], event["doc_id"], event["day"]) == (2, content_id(DOC_A), "2024-03-10")
    # everything else is Event.to_dict(): the same keys as `lagebild code --format json`
    coder_keys = set(Event.__dataclass_fields__)
    assert set(event) == coder_keys | {"event_id", "day", "cameo_name"}
    assert event["cameo"] == "040" and event["cameo_name"] == "Consult (general)"  # the codebook's name
    assert event["source"] == {"text": "usa", "code": "USA", "country": "USA", "sector": None, "start": 0, "end": 3}
    assert event["location"]["name"] == "Kyiv" and event["date"]["start"] == "2024-03-10"
    json.dumps(event)  # plain JSON, no dates or tuples left over


def test_paging(store):
    page = analyse.list_events(store, limit=2, offset=1)
    assert page.total == 7 and _ids(page) == [6, 2]
    beyond = analyse.list_events(store, limit=5, offset=100)
    assert beyond.total == 7 and beyond.events == ()
    with pytest.raises(LagebildError, match="E025"):
        analyse.list_events(store, limit=1001)


def test_input_that_looks_like_sql_is_data(store):
    for value in ("USA' OR '1'='1", "USA); DROP TABLE events; --"):
        assert analyse.list_events(store, EventFilter(source=value)).total == 0
    assert analyse.summary(store).events == 8


@pytest.mark.parametrize("where", [EventFilter(factuality="rumoured"), EventFilter(quad_class=(5,)), EventFilter(start="03/04/2024")])
def test_bad_filters_are_one_line_errors(store, where):
    with pytest.raises(LagebildError) as err:
        analyse.list_events(store, where)
    assert err.value.code.name in ("E014", "E025") and "\n" not in err.value.one_line()


def test_top_actors(store):
    got = [(a.code, a.as_source, a.as_target, a.events) for a in analyse.top_actors(store, limit=3)]
    # RUS: target of 1, 2, 7 and source of 3; USA: source of 2, 7, target of 3; DEUGOV: 5 and 6 (both sides of 6)
    assert got == [("RUS", 1, 3, 4), ("USA", 2, 1, 3), ("DEUGOV", 2, 1, 2)]
    assert analyse.top_actors(store, limit=3)[2].country == "DEU"


def test_dyads_by_country_and_by_actor(store):
    by_country = {(d.source, d.target): d for d in analyse.dyads(store)}
    usa_rus = by_country["USA", "RUS"]  # events 1, 2, 7
    assert (usa_rus.events, usa_rus.mean_goldstein, usa_rus.quad) == (3, pytest.approx(-11 / 3, abs=1e-3),
                                                                       {"1": 1, "2": 0, "3": 1, "4": 1})
    assert ("DEU", "DEU") in by_country  # a dyad list keeps self-directed events; the network drops them
    assert not any(d.source is None for d in by_country.values())  # IGOUNO has no country
    by_actor = {(d.source, d.target): d.events for d in analyse.dyads(store, level="actor")}
    assert by_actor["USA", "RUS"] == 2 and by_actor["USAGOV", "RUS"] == 1 and by_actor["IGOUNO", "SYR"] == 1


def test_network_weights(store):
    net = analyse.network(store)
    edges = {(e.source, e.target): (e.events, e.mean_goldstein, e.cooperation, e.conflict) for e in net.edges}
    assert edges == {
        ("USA", "RUS"): (3, pytest.approx(-3.667), 1, 2),  # events 1 (q4), 2 (q1), 7 (q3)
        ("RUS", "USA"): (1, -4.0, 0, 1),
        ("DEU", "FRA"): (1, 6.0, 1, 0),  # event 6, DEU → DEU, is a self-loop and dropped
    }
    nodes = {n.id: (n.label, n.events) for n in net.nodes}
    assert nodes == {"USA": ("United States", 4), "RUS": ("Russia", 4), "DEU": ("Germany", 1), "FRA": ("France", 1)}
    strong = analyse.network(store, min_events=2)
    assert [(e.source, e.target) for e in strong.edges] == [("USA", "RUS")]
    assert {n.id: n.events for n in strong.nodes} == {"USA": 3, "RUS": 3}
    actors = analyse.network(store, level="actor")
    assert {n.id: n.label for n in actors.nodes}["IGOUNO"] == "IGOUNO"


def test_weekly_buckets_start_on_monday(store):
    series = analyse.timeseries(store, source="USA", target="RUS", interval="week")
    # event 7 falls on Sunday 3 March, so in the week of Monday 26 February; events 1 (Monday
    # 4 March) and 2 (Sunday 10 March) share the week of 4 March.
    assert [(p.period, p.total, p.quad, p.mean_goldstein) for p in series.points] == [
        (Date(2024, 2, 26), 1, {"1": 0, "2": 0, "3": 1, "4": 0}, -5.0),
        (Date(2024, 3, 4), 2, {"1": 1, "2": 0, "3": 0, "4": 1}, -3.0),
    ]
    both = analyse.timeseries(store, source="USA", target="RUS", interval="week", both_directions=True)
    assert [(p.period, p.total) for p in both.points] == [(Date(2024, 2, 26), 1), (Date(2024, 3, 4), 3)]  # + event 3
    daily = analyse.timeseries(store, source="USA", target="RUS", start="2024-03-04")
    assert [(p.period, p.total) for p in daily.points] == [(Date(2024, 3, 4), 1), (Date(2024, 3, 10), 1)]
    monthly = analyse.timeseries(store, source="USA", target="RUS", interval="month")
    assert [(p.period, p.total) for p in monthly.points] == [(Date(2024, 3, 1), 3)]  # events 1, 2 and 7 are in March
    with pytest.raises(LagebildError, match="E025"):
        analyse.timeseries(store, interval="year")


def test_map_points_aggregate_per_place(store):
    points = analyse.map_points(store)
    assert [(p.name, p.lat, p.lon, p.events, p.mean_goldstein, p.event_ids) for p in points] == [
        ("Kyiv", 50.45, 30.52, 2, -3.0, (1, 2)),  # event 4 is hypothetical
        ("Berlin", 52.52, 13.40, 1, 6.0, (5,)),
    ]
    assert points[0].quad == {"1": 1, "2": 0, "3": 0, "4": 1} and points[0].country == "UKR"
    everything = analyse.map_points(store, EventFilter(factuality="all"))
    assert everything[0].events == 3 and everything[0].event_ids == (1, 2, 4)
    assert analyse.map_points(store, EventFilter(quad_class=(2,))) == [points[1]]


def test_documents(store):
    page = analyse.list_documents(store)
    assert page.total == 3
    assert [(d.title, d.date, d.events) for d in page.documents] == [("B", Date(2024, 3, 11), 3), ("A", Date(2024, 3, 4), 4),
                                                                     ("C", None, 1)]
    assert analyse.list_documents(store, limit=1, offset=5).total == 3
    doc = analyse.get_document(store, content_id(DOC_A))
    assert (doc.title, doc.url, doc.text) == ("A", "http://a", DOC_A)
    assert [e["event_id"] for e in doc.events] == [3, 1, 2, 4]  # by trigger offset, every factuality
    with pytest.raises(LagebildError, match="E026"):
        analyse.get_document(store, "no-such-id")


SAMPLES = ("2014-03-17-crimea-sanctions.en.txt", "2015-06-22-eu-sanktionen-russland.de.txt", "2016-02-03-syrien-gespraeche-ausgesetzt.de.txt")


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    path = build_sample_store(tmp_path_factory.mktemp("samples") / "s.duckdb", SAMPLES)
    with open_store(path, read_only=True) as s:
        yield s


@pytest.mark.model
def test_real_articles_agree_across_the_functions(samples):
    total = analyse.summary(samples)
    assert total.documents == 3 and total.asserted > 0
    page = analyse.list_events(samples, limit=1000)
    assert page.total == total.asserted == len(page.events)
    # every count of the aggregates adds up to the events it was built from
    country_events = [e for e in page.events if e["source"] and e["target"] and e["source"]["country"] and e["target"]["country"]]
    assert sum(d.events for d in analyse.dyads(samples, limit=1000)) == len(country_events)
    with_place = [e for e in page.events if e["location"]]
    assert sum(p.events for p in analyse.map_points(samples)) == len(with_place)
    # the Crimea article reports sanctions on Russia: some asserted event targets RUS
    assert analyse.list_events(samples, EventFilter(target="RUS")).total > 0
    first = analyse.list_documents(samples).documents[0]
    assert first.date == Date(2016, 2, 3)
    assert len(analyse.get_document(samples, first.id).events) == first.events
