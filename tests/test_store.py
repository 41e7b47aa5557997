import csv
import json

import duckdb
import pytest
from store_fakes import KNOWN, known_event

from lagebild.errors import LagebildError
from lagebild.store import DocumentRecord, content_id, latest_version, open_store
from lagebild.store.export import GDELT_COLUMNS, export
from lagebild.store.query import counts, dyad, event, format_table, top_actors
from lagebild.store.rows import EVENT_COLUMNS, event_row
from lagebild.store.schema import migrations


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "t.duckdb") as s:
        yield s


def _write(store, text=KNOWN, events=None, version="v1", **meta):
    run = store.start_run("test")
    doc = DocumentRecord(text, source="a.txt", **meta)
    return doc.id, store.write_document(doc, [known_event()] if events is None else events, lang="de", run_id=run, version=version)


def test_schema_from_empty_and_reopen(tmp_path):
    path = tmp_path / "new.duckdb"
    with open_store(path) as s:
        assert s.sql("SELECT max(version), count(*) FROM schema_version")[1] == [(latest_version(), latest_version())]
        tables = {r[0] for r in s.sql("SELECT table_name FROM information_schema.tables")[1]}
        assert {"documents", "events", "coding_runs", "ingest_errors", "schema_version"} <= tables
    with open_store(path) as s:  # reopening applies nothing twice
        assert s.sql("SELECT count(*) FROM schema_version")[1] == [(latest_version(),)]
    with open_store(path, read_only=True) as s:
        assert s.counts()["documents"] == 0


def test_migrations_are_numbered_in_order():
    found = migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert all(m.sql.strip() for m in found)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    with open_store(path) as s:
        s.con.execute("INSERT INTO schema_version VALUES (99, 'future', now()::TIMESTAMP)")
    for read_only in (False, True):
        with pytest.raises(LagebildError) as err:
            open_store(path, read_only=read_only)
        assert err.value.code.name == "E021"


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(LagebildError) as err:
        open_store(tmp_path / "missing.duckdb", read_only=True)
    assert err.value.code.name == "E008"


def test_not_a_database_is_one_line_error(tmp_path):
    path = tmp_path / "junk.duckdb"
    path.write_bytes(b"this is not a duckdb file" * 100)
    with pytest.raises(LagebildError) as err:
        open_store(path)
    assert err.value.code.name == "E020" and "\n" not in err.value.one_line()


def test_content_id_ignores_whitespace_layout():
    assert content_id("a  b\n\nc ") == content_id("a b c")
    assert content_id("a b c") != content_id("a b d")


def test_document_and_events_are_stored_with_every_field(store):
    doc_id, outcome = _write(store, url="http://x/1", title="T", author="A", site="S", meta={"feed": "f"})
    assert outcome == "stored"
    cols, rows = store.sql("SELECT * FROM events")
    row = dict(zip(cols, rows[0]))
    assert row["doc_id"] == doc_id and row["mention"] == 0
    assert (row["source_code"], row["cameo"], row["target_code"]) == ("USA", "164", "RUS")
    assert (row["plover_type"], row["plover_mode"], row["quad_class"], row["goldstein"]) == ("SANCTION", "withdraw", 4, -7.0)
    assert (row["trigger_text"], row["trigger_start"], row["trigger_end"]) == ("brachen", 8, 15)
    assert KNOWN[row["source_start"]:row["source_end"]] == "USA"
    assert row["coder_version"] == "v1" and row["lang"] == "de" and row["factuality"] == "asserted"
    cols, rows = store.sql("SELECT url, title, author, site, meta, coder_version, lang FROM documents")
    assert rows == [("http://x/1", "T", "A", "S", '{"feed": "f"}', "v1", "de")]


def test_every_contract_field_has_a_column():
    flat = set()
    for key, value in known_event(factuality="hypothetical").to_dict().items():
        if key == "plover":
            flat |= {"plover_type", "plover_mode"}
        elif key in ("location", "date"):
            flat |= {f"{key}_{sub}" for sub in value}
        elif isinstance(value, dict) or key == "speaker":
            flat |= {f"{key}_{sub}" for sub in ("text", "start", "end")}
        else:
            flat.add(key)
    assert flat <= set(EVENT_COLUMNS), flat - set(EVENT_COLUMNS)
    assert len(event_row(known_event(), doc_id="x", mention=0, coder_version="v")) == len(EVENT_COLUMNS)


def test_a_failure_mid_write_leaves_nothing_of_the_document(store, monkeypatch):
    def broken(self, rows):
        # the document row is already written in this transaction when this runs
        assert self.con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(store), "_insert_events", broken)
    with pytest.raises(RuntimeError):
        _write(store, events=[known_event(), known_event(sentence=1)])
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0
    monkeypatch.undo()
    _write(store)  # the connection is usable again
    assert (store.counts()["documents"], store.counts()["events"]) == (1, 1)


def test_a_failure_halfway_through_the_events_rolls_back(store, monkeypatch):
    original = type(store)._insert_events

    def half(self, rows):
        original(self, rows[:1])
        raise RuntimeError("crash after the first event")

    monkeypatch.setattr(type(store), "_insert_events", half)
    with pytest.raises(RuntimeError):
        _write(store, events=[known_event(), known_event(sentence=1)])
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0


def test_recode_replaces_events_atomically(store, monkeypatch):
    doc_id, _ = _write(store, events=[known_event(), known_event(sentence=1)], version="v1")
    original = type(store)._insert_events

    def broken(self, rows):
        original(self, rows)
        raise RuntimeError("crash")

    monkeypatch.setattr(type(store), "_insert_events", broken)
    with pytest.raises(RuntimeError):
        _write(store, events=[known_event(factuality="negated")], version="v2")
    assert store.coder_version_of(doc_id) == "v1"
    assert store.sql("SELECT count(*), min(coder_version) FROM events")[1] == [(2, "v1")]
    monkeypatch.undo()
    assert _write(store, events=[known_event(factuality="negated")], version="v2") == (doc_id, "recoded")
    assert store.coder_version_of(doc_id) == "v2"
    assert store.sql("SELECT count(*), min(coder_version), min(factuality) FROM events")[1] == [(1, "v2", "negated")]
    assert store.counts()["documents"] == 1


def test_stale_documents(store):
    _write(store, version="v1")
    _write(store, text="Etwas anderes.", events=[], version="v2")
    assert [doc.text for _id, doc in store.stale_documents("v2")] == [KNOWN]


def test_record_error(store):
    run = store.start_run("t")
    store.record_error(run, "[E002] b.bin: input looks binary, not text", "b.bin")
    assert store.sql("SELECT subject, code FROM ingest_errors")[1] == [("b.bin", "E002")]


def test_sql_errors_are_one_line(store):
    with pytest.raises(LagebildError) as err:
        store.sql("SELECT nope FROM events")
    assert err.value.code.name == "E022" and "\n" not in err.value.one_line()


# -- exports ---------------------------------------------------------------------------------


@pytest.fixture
def filled(store):
    import datetime

    _write(store, events=[known_event(), known_event(sentence=1, factuality="hypothetical")], url="http://news/1",
           date=datetime.date(2024, 3, 5), title="Abbruch")
    return store


def test_gdelt_export(filled, tmp_path):
    out = tmp_path / "e.tsv"
    assert export(filled, "gdelt", out) == 1  # asserted only
    rows = list(csv.reader(out.open(encoding="utf8"), delimiter="\t"))
    assert rows[0] == list(GDELT_COLUMNS)
    assert all(len(r) == len(GDELT_COLUMNS) for r in rows)
    row = dict(zip(rows[0], rows[1]))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2Code"], row["Actor2CountryCode"]) == ("USA", "USA", "RUS", "RUS")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("164", "164", "16", "4")
    # the event's own date ("am Montag" → 2016-10-03), not the document's
    assert (row["Day"], row["MonthYear"], row["Year"], row["SOURCEURL"]) == ("20161003", "201610", "2016", "http://news/1")
    assert float(row["GoldsteinScale"]) == -7.0 and row["NumMentions"] == "1" and row["IsRootEvent"] == "1"
    assert len(row["DATEADDED"]) == 14 and row["DATEADDED"][:2] == "20"
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"], row["ActionGeo_ADM1Code"]) == (
        "4", "Moscow", "RUS", "RUS48")
    assert (float(row["ActionGeo_Lat"]), float(row["ActionGeo_Long"])) == (55.75, 37.62)


def test_gdelt_day_falls_back_to_the_document_date_and_geo_to_blanks(store, tmp_path):
    import datetime
    from dataclasses import replace

    country = replace(known_event().location, name="Russia", admin1=None)
    _write(store, events=[replace(known_event(), date=None, location=None), replace(known_event(sentence=1), location=country)],
           date=datetime.date(2024, 3, 5))
    out = tmp_path / "e.tsv"
    assert export(store, "gdelt", out) == 2
    rows = [dict(zip(GDELT_COLUMNS, r)) for r in list(csv.reader(out.open(encoding="utf8"), delimiter="\t"))[1:]]
    assert rows[0]["Day"] == "20240305" and rows[0]["FractionDate"] == "2024.1753"
    assert [rows[0][c] for c in GDELT_COLUMNS if c.startswith("ActionGeo")] == [""] * 6
    assert (rows[1]["ActionGeo_Type"], rows[1]["ActionGeo_FullName"], rows[1]["ActionGeo_ADM1Code"]) == ("1", "Russia", "")


def test_plover_export(filled, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export(filled, "plover", out) == 2
    records = [json.loads(line) for line in out.read_text(encoding="utf8").splitlines()]
    first = records[0]
    assert (first["event_type"], first["event_mode"], first["event_date"]) == ("SANCTION", "withdraw", "2016-10-03")
    assert (first["event_date_end"], first["date_precision"], first["date_text"], first["document_date"]) == (
        "2016-10-03", "day", "am Montag", "2024-03-05")
    assert first["location"] == {"name": "Moscow", "country": "RUS", "admin1": "48", "lat": 55.75, "lon": 37.62,
                                 "text": "Moskau", "start": 0, "end": 6, "source": "document"}
    assert first["actor"]["code"] == "USA" and first["recipient"]["country"] == "RUS"
    assert first["event_text"] == KNOWN and first["cameo"] == "164"
    assert [r["factuality"] for r in records] == ["asserted", "hypothetical"]
    assert export(filled, "plover", out, asserted_only=True) == 1


def test_csv_and_parquet_exports(filled, tmp_path):
    assert export(filled, "csv", tmp_path / "e.csv") == 2
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf8")))
    assert len(rows) == 2 and rows[0]["cameo"] == "164" and rows[0]["doc_url"] == "http://news/1"
    assert set(EVENT_COLUMNS) <= set(rows[0])
    assert (rows[0]["event_date"], rows[0]["date_start"], rows[0]["date_end"], rows[0]["date_precision"]) == (
        "2016-10-03", "2016-10-03", "2016-10-03", "day")
    assert (rows[0]["location_name"], rows[0]["location_country"], rows[0]["location_admin1"], rows[0]["location_lat"]) == (
        "Moscow", "RUS", "48", "55.75")
    assert export(filled, "parquet", tmp_path / "e.parquet") == 2
    got = duckdb.sql(f"SELECT source_code, cameo, target_code, doc_date, event_date, date_precision, location_lon "
                     f"FROM read_parquet('{tmp_path / 'e.parquet'}') ORDER BY event_id").fetchall()
    assert [g[:3] for g in got] == [("USA", "164", "RUS")] * 2 and str(got[0][3]) == "2024-03-05"
    assert (str(got[0][4]), got[0][5], got[0][6]) == ("2016-10-03", "day", 37.62)


def test_empty_csv_export_has_a_header(store, tmp_path):
    assert export(store, "csv", tmp_path / "e.csv") == 0
    assert "cameo" in (tmp_path / "e.csv").read_text(encoding="utf8").splitlines()[0]


def test_unknown_export_format(store, tmp_path):
    with pytest.raises(LagebildError) as err:
        export(store, "xml", tmp_path / "x")
    assert err.value.code.name == "E011"


def test_queries(filled):
    cols, rows = dyad(filled, "usa", "RUS")
    assert len(rows) == 1 and rows[0][1:4] == ("USA", "164", "RUS")
    assert len(dyad(filled, "USA", "RUS", asserted_only=False)[1]) == 2
    assert dyad(filled, "RUS", "USA")[1] == []
    cols, rows = top_actors(filled)
    assert cols == ["actor", "as_source", "as_target", "events"] and {r[0] for r in rows} == {"USA", "RUS"}
    assert counts(filled, "quadclass")[1] == [(4, 1, 1)]
    assert str(counts(filled, "day", asserted_only=False)[1][0][0]) == "2016-10-03"  # the event's date, not the article's
    with pytest.raises(LagebildError):
        counts(filled, "weekday")
    assert "USA" in format_table(dyad(filled, "USA", "RUS"))


def test_dedup_queries(filled):
    import datetime

    again = DocumentRecord(f"{KNOWN} (again)", source="b.txt", date=datetime.date(2024, 3, 6))
    filled.write_document(again, [known_event(), known_event(sentence=2)], lang="de", run_id=1, version="v1")
    cols, rows = dyad(filled, "USA", "RUS", dedup=True)
    assert len(rows) == 1
    got = dict(zip(cols, rows[0]))
    assert (got["num_mentions"], got["num_articles"], got["place"], str(got["date"])) == (3, 2, "Moscow", "2016-10-03")
    assert top_actors(filled, dedup=True)[1] == [("RUS", 0, 1, 1), ("USA", 1, 0, 1)]
    assert counts(filled, "day", dedup=True)[1] == [(datetime.date(2016, 10, 3), 1, 3, 2)]
    with pytest.raises(LagebildError):
        counts(filled, "factuality", dedup=True)
    cols, mentions = event(filled, got["event_id"])
    assert [dict(zip(cols, m))["rank"] for m in mentions] == [0, 1, 2]
    assert {(dict(zip(cols, m))["document"], dict(zip(cols, m))["sentence"]) for m in mentions} == {
        ("http://news/1", 0), ("b.txt", 0), ("b.txt", 2)}
    assert all(dict(zip(cols, m))["trigger_text"] == "brachen" for m in mentions)


def test_an_older_store_is_upgraded_keeping_its_data(tmp_path):
    from lagebild.store.schema import migrate

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, target=1) == 1
    con.execute("INSERT INTO documents (id, text, inserted_at, coded_at, coder_version, run_id) "
                "VALUES ('x', 'Text.', now()::TIMESTAMP, now()::TIMESTAMP, 'v0', 1)")
    con.close()
    with open_store(path) as s:
        assert s.sql("SELECT max(version) FROM schema_version")[1] == [(latest_version(),)]
        assert s.sql("SELECT id FROM documents")[1] == [("x",)]
        assert s.sql("SELECT count(*) FROM events_dedup")[1] == [(0,)]
        assert s.sql("SELECT count(*) FROM event_clusters")[1] == [(0,)]


def test_dedup_exports_count_mentions_articles_and_sources(store, tmp_path):
    import datetime

    day = datetime.date(2016, 10, 4)  # every mention: USA ends talks with RUS on 2016-10-03 in Moscow
    for n, site in enumerate(("A", "B", "B")):
        store.write_document(DocumentRecord(f"{KNOWN} ({n})", source=f"{n}.txt", date=day, site=site),
                             [known_event(), known_event(sentence=1)], lang="de", run_id=1, version="v")
    later = DocumentRecord(f"{KNOWN} (später)", source="later.txt", date=day + datetime.timedelta(days=9))
    store.write_document(later, [known_event(), known_event(factuality="negated")], lang="de", run_id=1, version="v")
    store.write_document(DocumentRecord(f"{KNOWN} (undatiert)", source="u.txt"), [known_event()], lang="de", run_id=1, version="v")
    out = tmp_path / "d.tsv"
    assert export(store, "gdelt", out, dedup=True) == 1  # 8 asserted mentions, one event
    header, first = [line.split("\t") for line in out.read_text(encoding="utf8").splitlines()[:2]]
    got = dict(zip(header, first))
    assert (got["NumMentions"], got["NumArticles"], got["NumSources"], got["EventCode"], got["Day"]) == ("8", "5", "4", "164", "20161003")
    assert (got["ActionGeo_FullName"], got["ActionGeo_CountryCode"]) == ("Moscow", "RUS")
    assert export(store, "gdelt", out, dedup=True, window_days=0) == 1  # same day, same place: still one
    assert export(store, "csv", out, dedup=True) == 1
    row = next(csv.DictReader(out.open(encoding="utf8")))
    assert (row["num_mentions"], row["num_articles"], row["location_name"], row["event_date"]) == ("8", "5", "Moscow", "2016-10-03")
    assert export(store, "parquet", tmp_path / "d.parquet", dedup=True) == 1
    mentions = duckdb.sql(f"SELECT len(mention_ids), len(doc_ids) FROM read_parquet('{tmp_path / 'd.parquet'}')").fetchall()
    assert mentions == [(8, 5)]
    plover = tmp_path / "d.jsonl"
    assert export(store, "plover", plover, dedup=True) == 1
    record = json.loads(plover.read_text(encoding="utf8"))
    assert (record["num_mentions"], record["num_articles"], record["num_sources"]) == (8, 5, 4)
    assert (record["event_type"], record["cameo"], record["event_date"], record["factuality"]) == (
        known_event().plover.type, "164", "2016-10-03", "asserted")
    assert (record["actor"]["code"], record["recipient"]["code"], record["location"]["name"]) == ("USA", "RUS", "Moscow")
    # Every mention stays reachable: the ids are those of the stored asserted mentions.
    assert sorted(record["mention_ids"]) == [r[0] for r in store.sql(
        "SELECT event_id FROM events WHERE factuality = 'asserted' ORDER BY event_id")[1]]
    with pytest.raises(LagebildError) as err:
        export(store, "gdelt", out, dedup=True, window_days=-1)
    assert err.value.code.name == "E010"
