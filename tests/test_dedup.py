"""Deduplication across articles and days: hand-built mentions whose events can be read off the
dates and places in each test."""

import datetime
import random
from dataclasses import replace

import duckdb
import pytest
from store_fakes import KNOWN, known_event

from lagebild.events.records import Actor, EventDate, Location
from lagebild.store import DocumentRecord, open_store
from lagebild.store.dedup import Mention, cluster_mentions, is_fresh, refresh, use_clusters
from lagebild.store.export import export

D = datetime.date(2024, 3, 4)  # a Monday
KYIV = Location("Kyiv", "UKR", "12", 50.45, 30.52, "Kiew", 0, 4, "sentence")
KHARKIV = Location("Kharkiv", "UKR", "07", 49.98, 36.25, "Charkiw", 0, 7, "sentence")
UKR = Actor("Ukraine", "UKR", "UKR", None, 34, 41, "ukraine")


def attack(day: datetime.date | None, place: Location | None = KYIV, *, sentence: int = 0, precision: str = "day",
           end: datetime.date | None = None):
    """RUS attacks UKR (CAMEO 190, root 19) on `day` (None: no date expression) at `place`."""
    date = None if day is None else EventDate(day.isoformat(), (end or day).isoformat(), precision, "am Montag", 0, 9)  # type: ignore[arg-type]
    return replace(known_event(sentence=sentence), source=replace(known_event().target, text="Russland"), target=UKR,
                   cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0, location=place, date=date)


def add(store, name: str, events, *, published: datetime.date | None = D, site: str | None = None) -> str:
    doc = DocumentRecord(f"{KNOWN} {name}", source=f"{name}.txt", date=published, site=site or name)
    store.write_document(doc, events, lang="de", run_id=1, version="v")
    return doc.id


def events(store, window: int = 1) -> list[tuple[int, int, list[str]]]:
    """(mentions, articles, sorted source files) per deduplicated event."""
    use_clusters(store, window)
    rows = store.sql("""SELECT num_mentions, num_articles, list(DISTINCT d.source ORDER BY d.source)
                        FROM events_dedup x, unnest(x.doc_ids) AS u(doc_id) JOIN documents d ON d.id = u.doc_id
                        GROUP BY x.event_id, num_mentions, num_articles ORDER BY 3""")[1]
    return [(m, a, files) for m, a, files in rows]


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "d.duckdb") as s:
        s.start_run("test")
        yield s


def test_two_articles_two_days_apart_on_one_attack_are_one_event(store):
    add(store, "a", [attack(D), attack(D, sentence=3)], published=D + datetime.timedelta(days=1))  # "yesterday"
    add(store, "b", [attack(D)], published=D + datetime.timedelta(days=3))  # "on Monday", three days on
    assert events(store) == [(3, 2, ["a.txt", "b.txt"])]


def test_the_same_dyad_and_root_in_two_cities_are_two_events(store):
    add(store, "a", [attack(D, KYIV)])
    add(store, "b", [attack(D, KHARKIV)])
    assert events(store) == [(1, 1, ["a.txt"]), (1, 1, ["b.txt"])]


def test_outside_the_window_is_another_event(store):
    add(store, "a", [attack(D)])
    add(store, "b", [attack(D + datetime.timedelta(days=1))])  # within ±1 day
    add(store, "c", [attack(D + datetime.timedelta(days=3))])  # 2 days after b: outside
    assert events(store) == [(2, 2, ["a.txt", "b.txt"]), (1, 1, ["c.txt"])]
    assert events(store, window=0) == [(1, 1, ["a.txt"]), (1, 1, ["b.txt"]), (1, 1, ["c.txt"])]
    assert events(store, window=2) == [(2, 2, ["a.txt", "b.txt"]), (1, 1, ["c.txt"])]  # a–c is 3 days
    assert events(store, window=3) == [(3, 3, ["a.txt", "b.txt", "c.txt"])]


def test_daily_reports_do_not_chain_into_one_event(store):
    for n in range(4):  # Monday to Thursday, one attack a day
        add(store, f"day{n}", [attack(D + datetime.timedelta(days=n))])
    assert events(store) == [(2, 2, ["day0.txt", "day1.txt"]), (2, 2, ["day2.txt", "day3.txt"])]


def test_the_document_date_stands_in_for_a_missing_event_date(store):
    add(store, "dated", [attack(D)])
    add(store, "next-day", [attack(None)], published=D + datetime.timedelta(days=1))  # no date expression
    add(store, "later", [attack(None)], published=D + datetime.timedelta(days=5))
    assert events(store) == [(2, 2, ["dated.txt", "next-day.txt"]), (1, 1, ["later.txt"])]


def test_undated_mentions_merge_only_inside_their_document(store):
    add(store, "u1", [attack(None), attack(None, sentence=2)], published=None)
    add(store, "u2", [attack(None)], published=None)
    assert sorted(events(store)) == [(1, 1, ["u2.txt"]), (2, 1, ["u1.txt"])]


def test_a_month_is_one_event_only_with_the_same_month(store):
    march = dict(precision="month", end=datetime.date(2024, 3, 31))
    add(store, "m1", [attack(datetime.date(2024, 3, 1), **march)])
    add(store, "m2", [attack(datetime.date(2024, 3, 1), **march)])
    add(store, "day", [attack(D)])
    assert events(store) == [(1, 1, ["day.txt"]), (2, 2, ["m1.txt", "m2.txt"])]


def test_a_placeless_mention_joins_the_one_place_that_fits(store):
    add(store, "kyiv", [attack(D, KYIV)])
    add(store, "nowhere", [attack(D, None)])
    add(store, "kharkiv-later", [attack(D + datetime.timedelta(days=4), KHARKIV)])
    assert events(store) == [(1, 1, ["kharkiv-later.txt"]), (2, 2, ["kyiv.txt", "nowhere.txt"])]


def test_a_placeless_mention_between_two_places_stays_alone(store):
    add(store, "kyiv", [attack(D, KYIV)])
    add(store, "kharkiv", [attack(D, KHARKIV)])
    add(store, "nowhere", [attack(D, None)])
    add(store, "nowhere-too", [attack(D, None)])
    assert events(store) == [(1, 1, ["kharkiv.txt"]), (1, 1, ["kyiv.txt"]), (2, 2, ["nowhere-too.txt", "nowhere.txt"])]


def test_other_dyads_roots_and_factualities_stay_apart(store):
    add(store, "a", [attack(D), replace(attack(D), cameo="173", cameo_root="17"), replace(attack(D), target=None),
                     replace(attack(D), factuality="hypothetical")])
    assert store.sql("SELECT count(*), sum(num_mentions) FROM events_dedup")[1] == [(0, None)]  # nothing refreshed yet
    assert [m for m, _, _ in events(store)] == [1, 1, 1]  # the hypothetical one is no event of the GDELT kind


def _membership(store) -> set[frozenset[tuple[str, int]]]:
    rows = store.sql("SELECT c.cluster_id, e.doc_id, e.mention FROM event_clusters c JOIN events e USING (event_id)")[1]
    out: dict[int, set[tuple[str, int]]] = {}
    for cluster, doc, mention in rows:
        out.setdefault(cluster, set()).add((doc, mention))
    return {frozenset(v) for v in out.values()}


def _corpus():
    docs = []
    for n in range(12):
        day = D + datetime.timedelta(days=n % 5)
        place = (KYIV, KHARKIV, None)[n % 3]
        docs.append((f"n{n}", [attack(day, place), attack(day + datetime.timedelta(days=n % 2), None, sentence=1)],
                     D + datetime.timedelta(days=n % 4)))
    return docs


def test_clusters_do_not_depend_on_ingest_order_or_batching(tmp_path):
    results = []
    for seed in range(4):
        docs = _corpus()
        random.Random(seed).shuffle(docs)
        with open_store(tmp_path / f"o{seed}.duckdb") as s:
            s.start_run("t")
            if seed % 2:  # one batch per document, refreshed as they come
                for name, evs, day in docs:
                    add(s, name, evs, published=day)
                    refresh(s)
            else:  # one batch for everything, refreshed once
                s.write_documents([(DocumentRecord(f"{KNOWN} {name}", source=f"{name}.txt", date=day, site=name), evs, "de")
                                   for name, evs, day in docs], run_id=1, version="v")
                refresh(s)
            results.append(_membership(s))
    assert results[0] == results[1] == results[2] == results[3]
    assert 1 < len(results[0]) < 24  # some merged, not all


def test_refresh_recomputes_only_changed_blocks_and_agrees_with_a_full_run(store):
    for name, evs, day in _corpus()[:6]:
        add(store, name, evs, published=day)
    first = refresh(store)
    assert first.full and first.mentions == 12
    assert refresh(store).blocks == 0  # nothing changed
    add(store, "other-dyad", [replace(attack(D), target=None)])
    report = refresh(store)
    assert (report.full, report.blocks, report.mentions) == (False, 1, 1)
    for name, evs, day in _corpus()[6:]:
        add(store, name, evs, published=day)
    assert refresh(store).blocks == 1
    incremental = _membership(store)
    store.con.execute("DELETE FROM dedup_state")  # forces a full recompute
    assert refresh(store).full and _membership(store) == incremental


def test_a_recode_drops_the_old_mentions_from_their_events(store):
    doc = DocumentRecord(f"{KNOWN} r", source="r.txt", date=D)
    store.write_document(doc, [attack(D)], lang="de", run_id=1, version="v1")
    add(store, "other", [attack(D)])
    assert events(store) == [(2, 2, ["other.txt", "r.txt"])]
    store.write_document(doc, [attack(D, KHARKIV)], lang="de", run_id=1, version="v2")  # recoded: now Kharkiv
    assert not is_fresh(store, 1)
    assert events(store) == [(1, 1, ["other.txt"]), (1, 1, ["r.txt"])]
    assert store.sql("SELECT count(*) FROM event_clusters")[1] == [(2,)]


def test_every_mention_of_an_event_keeps_its_evidence(store):
    add(store, "a", [attack(D), attack(D, sentence=3)])
    add(store, "b", [attack(D)])
    use_clusters(store)
    (ids,) = store.sql("SELECT mention_ids FROM events_dedup")[1][0]
    rows = store.sql("""SELECT d.source, e.sentence, e.trigger_start, e.trigger_end, e.sentence_text
                        FROM unnest($ids::BIGINT[]) AS u(id) JOIN events e ON e.event_id = u.id
                        JOIN documents d ON d.id = e.doc_id ORDER BY 1, 2""", {"ids": ids})[1]
    assert [r[:4] for r in rows] == [("a.txt", 0, 8, 15), ("a.txt", 3, 8, 15), ("b.txt", 0, 8, 15)]
    assert all(r[4] == KNOWN for r in rows)


def test_a_stale_read_only_store_is_deduplicated_without_writing(tmp_path):
    path = tmp_path / "ro.duckdb"
    with open_store(path) as s:
        s.start_run("t")
        add(s, "a", [attack(D)])
        add(s, "b", [attack(D + datetime.timedelta(days=1))])
    with open_store(path, read_only=True) as s:  # never refreshed: an ingest killed before its end
        assert not is_fresh(s, 1)
        assert events(s) == [(2, 2, ["a.txt", "b.txt"])]
        out = tmp_path / "e.tsv"
        assert export(s, "gdelt", out, dedup=True) == 1
    with open_store(path, read_only=True) as s:
        assert s.sql("SELECT count(*) FROM event_clusters")[1] == [(0,)]  # the file is as it was
        assert s.sql("SELECT count(*) FROM dedup_state")[1] == [(0,)]


def test_a_version_3_store_migrates_and_deduplicates(tmp_path):
    from lagebild.store.schema import migrate

    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, target=3) == 3
    con.execute("INSERT INTO documents (id, text, date, inserted_at, coded_at, coder_version, run_id) VALUES "
                "('a', 'A.', DATE '2024-03-05', now()::TIMESTAMP, now()::TIMESTAMP, 'v0', 1), "
                "('b', 'B.', DATE '2024-03-06', now()::TIMESTAMP, now()::TIMESTAMP, 'v0', 1)")
    con.execute("INSERT INTO events (doc_id, mention, sentence, sentence_text, source_code, target_code, cameo, cameo_root, "
                "quad_class, goldstein, factuality, trigger_text, trigger_start, trigger_end, pattern, lang, coder_version, "
                "location_name, location_country) VALUES "
                "('a', 0, 0, 'A.', 'RUS', 'UKR', '190', '19', 4, -10, 'asserted', 'A', 0, 1, 'p', 'de', 'v0', 'Kyiv', 'UKR'), "
                "('b', 0, 0, 'B.', 'RUS', 'UKR', '190', '19', 4, -10, 'asserted', 'B', 0, 1, 'p', 'de', 'v0', NULL, NULL)")
    assert con.execute("SELECT count(*) FROM events_dedup").fetchone() == (2,)  # version 2's view: per document day
    con.close()
    with open_store(path) as s:
        assert s.sql("SELECT max(version) FROM schema_version")[1] == [(4,)]
        assert s.sql("SELECT count(*) FROM events")[1] == [(2,)]
        use_clusters(s)
        assert s.sql("SELECT num_mentions, num_articles, location_name, date_start FROM events_dedup")[1] == [
            (2, 2, "Kyiv", datetime.date(2024, 3, 5))]


def test_cluster_mentions_is_a_pure_function():
    def m(n, day, place=None):
        return Mention(n, f"doc{n}", 0, ("RUS", "UKR", "19"), day, day, False, place)

    # 1 and 3 have no place and each is within a day of Kyiv's 2, but they are two days apart:
    # 1 (first in date order) joins Kyiv's event, 3 then no longer fits it
    got = cluster_mentions([m(3, D + datetime.timedelta(days=2)), m(1, D), m(2, D + datetime.timedelta(days=1), ("UKR", "Kyiv"))])
    assert [[x.event_id for x in c] for c in got] == [[1, 2], [3]]
    assert cluster_mentions(reversed([m(1, D), m(2, D)])) == cluster_mentions([m(1, D), m(2, D)])
    with pytest.raises(ValueError):
        cluster_mentions([], -1)


def test_ingest_refreshes_the_clusters_and_the_commands_use_them(tmp_path):
    import json

    from store_fakes import fake_coder
    from typer.testing import CliRunner

    from lagebild.cli import app
    from lagebild.ingest import ingest

    db = tmp_path / "s.duckdb"
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": f"n{n}", "text": f"{KNOWN} Meldung {n}.", "date": f"2016-10-0{4 + n}"}) + "\n"
                              for n in range(3)), encoding="utf8")
    with open_store(db) as s:
        report = ingest([str(inputs)], s, coder=fake_coder())
        assert (report.stored, report.events) == (3, 3)
        assert is_fresh(s, 1) and s.sql("SELECT count(DISTINCT cluster_id) FROM event_clusters")[1] == [(1,)]

    def cli(*args):
        return CliRunner().invoke(app, list(args))

    result = cli("export", "--db", str(db), "--format", "gdelt", "--dedup")
    header, row = [line.split("\t") for line in result.stdout.splitlines()]
    got = dict(zip(header, row))
    assert (got["NumMentions"], got["NumArticles"], got["Day"], got["ActionGeo_FullName"]) == ("3", "3", "20161003", "Moscow")
    result = cli("query", "--db", str(db), "dyad", "USA", "RUS", "--dedup", "--json")
    found = json.loads(result.stdout)
    assert (found["num_mentions"], found["num_articles"], found["place"]) == (3, 3, "Moscow")
    result = cli("query", "--db", str(db), "event", str(found["event_id"]), "--json")
    assert [json.loads(line)["rank"] for line in result.stdout.splitlines()] == [0, 1, 2]
    assert cli("query", "--db", str(db), "sql", "SELECT count(*) AS n FROM events_dedup").stdout.split() == ["n", "1"]
    assert cli("query", "--db", str(db), "counts", "--by", "day", "--dedup").stdout.splitlines()[1].split() == ["2016-10-03", "1", "3", "3"]
    result = cli("export", "--db", str(db), "--format", "gdelt", "--dedup", "--window", "-1")
    assert result.exit_code == 1 and result.stderr.strip().startswith("error: [E010]") and len(result.stderr.strip().splitlines()) == 1
