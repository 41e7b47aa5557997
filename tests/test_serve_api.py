"""The HTTP API in process (FastAPI's TestClient): routes over a store of hand-made events (see
analyse_fixtures for the numbers), auth, limits, read-only mode, and writing with --write."""

from __future__ import annotations

import json
from datetime import date as Date

import pytest

from lagebild import codebook

fastapi = pytest.importorskip("fastapi")
from analyse_fixtures import DOC_A, build_known_store, build_sample_store  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from lagebild.cli import app as cli_app  # noqa: E402
from lagebild.serve import create_app  # noqa: E402
from lagebild.serve.auth import is_loopback, token_for  # noqa: E402
from lagebild.store import content_id, open_store  # noqa: E402

ROUTES = ("/api/summary", "/api/events", "/api/actors", "/api/dyads", "/api/network", "/api/timeseries", "/api/map",
          "/api/documents")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_known_store(tmp_path_factory.mktemp("api") / "k.duckdb")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db, rate_limit="10000/minute")) as c:
        yield c


def test_every_read_route_answers_on_loopback_without_a_token(client):
    assert client.get("/api/health").json() == {"status": "ok", "version": "0.1.0", "writable": False}
    for route in ROUTES:
        response = client.get(route)
        assert response.status_code == 200, (route, response.text)
        assert response.headers["content-type"] == "application/json"


def test_contract_field_names_and_numbers(client):
    assert client.get("/api/summary").json() == {"documents": 3, "events": 8, "asserted": 7, "first_day": "2024-03-03",
                                                  "last_day": "2024-03-11", "countries": 5}
    page = client.get("/api/events", params={"source": "USA", "limit": 2}).json()
    assert page["total"] == 3 and [e["event_id"] for e in page["events"]] == [2, 1]
    assert page["events"][0]["day"] == "2024-03-10" and page["events"][0]["doc_id"] == content_id(DOC_A)
    assert set(client.get("/api/actors").json()[0]) == {"code", "country", "sector", "as_source", "as_target", "events"}
    assert client.get("/api/dyads", params={"limit": 1}).json() == [
        {"source": "USA", "target": "RUS", "events": 3, "mean_goldstein": -3.667, "quad": {"1": 1, "2": 0, "3": 1, "4": 1}}]
    net = client.get("/api/network", params={"min_events": 2}).json()
    assert net == {"nodes": [{"id": "RUS", "label": "Russia", "events": 3}, {"id": "USA", "label": "United States", "events": 3}],
                   "edges": [{"source": "USA", "target": "RUS", "events": 3, "mean_goldstein": -3.667, "cooperation": 1,
                              "conflict": 2}]}
    series = client.get("/api/timeseries", params={"source": "USA", "target": "RUS", "interval": "week",
                                                   "both_directions": "true"}).json()
    assert series["interval"] == "week" and [(p["period"], p["total"]) for p in series["points"]] == [("2024-02-26", 1), ("2024-03-04", 3)]
    kyiv = client.get("/api/map").json()["points"][0]
    assert {k: kyiv[k] for k in ("name", "country", "lat", "lon", "events", "event_ids")} == {
        "name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52, "events": 2, "event_ids": [1, 2]}
    docs = client.get("/api/documents", params={"limit": 2}).json()
    assert docs["total"] == 3 and [d["title"] for d in docs["documents"]] == ["B", "A"]
    assert set(docs["documents"][0]) == {"id", "title", "date", "lang", "site", "events"}


def test_filters_pass_through(client):
    def ids(**params):
        return [e["event_id"] for e in client.get("/api/events", params=params).json()["events"]]

    assert ids(quad_class=[3, 4]) == [1, 3, 7]
    assert ids(country="deu") == [5, 6]
    assert ids(root="19", factuality="all") == [1, 4]
    assert ids(start="2024-03-04", end="2024-03-04") == [1, 3]
    assert ids(doc_id=content_id(DOC_A), factuality="all") == [2, 1, 3, 4]
    assert [p["name"] for p in client.get("/api/map", params={"quad_class": 2}).json()["points"]] == ["Berlin"]


def test_one_document_and_an_unknown_one(client):
    doc = client.get(f"/api/documents/{content_id(DOC_A)}").json()
    assert (doc["title"], doc["url"], doc["text"]) == ("A", "http://a", DOC_A)
    assert [e["event_id"] for e in doc["events"]] == [3, 1, 2, 4] and doc["events"][3]["factuality"] == "hypothetical"
    missing = client.get("/api/documents/0000")
    assert missing.status_code == 404 and missing.json() == {"detail": "[E026] 0000: document not found"}


@pytest.mark.parametrize("value", ["USA' OR '1'='1", "USA); DROP TABLE events; --", "%", "*"])
def test_sql_looking_parameters_are_data(client, value):
    response = client.get("/api/events", params={"source": value, "factuality": "all"})
    assert response.status_code == 200 and response.json() == {"total": 0, "events": []}
    assert client.get(f"/api/documents/{value}").status_code == 404
    assert client.get("/api/summary").json()["events"] == 8


@pytest.mark.parametrize(("params", "where"), [
    ({"limit": 1001}, "limit"), ({"quad_class": 5}, "quad_class"), ({"start": "yesterday"}, "start"),
    ({"factuality": "rumour"}, "factuality"), ({"offset": -1}, "offset"),
])
def test_bad_parameters_are_422_naming_the_parameter(client, params, where):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422 and response.json()["detail"][0]["loc"][:2] == ["query", where]


def test_bad_choices_of_other_routes(client):
    assert client.get("/api/network", params={"level": "planet"}).status_code == 422
    assert client.get("/api/timeseries", params={"interval": "year"}).status_code == 422


# -- auth -----------------------------------------------------------------------------------------


def test_a_configured_token_is_required(db):
    with TestClient(create_app(db, token="s3cret")) as c:
        refused = c.get("/api/summary")
        assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
        assert refused.json()["detail"].startswith("missing or wrong token")
        assert c.get("/api/summary", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/summary", params={"token": "s3cre"}).status_code == 401
        assert c.get("/api/summary", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/api/events", params={"token": "s3cret"}).status_code == 200
        assert c.post("/api/code", json={"text": "x"}).status_code == 401  # refused before any coding
        assert c.get("/api/health").status_code == 200  # says nothing about the data


def test_token_rule_by_bind_address(monkeypatch):
    monkeypatch.delenv("LAGEBILD_TOKEN", raising=False)
    for host in ("127.0.0.1", "::1", "[::1]", "localhost", "127.0.0.2"):
        assert is_loopback(host) and token_for(host, None) == (None, False)
    for host in ("0.0.0.0", "::", "192.168.1.5", "example.org"):
        assert not is_loopback(host)
        token, generated = token_for(host, None)
        assert generated and token and len(token) >= 24
    assert token_for("0.0.0.0", None)[0] != token_for("0.0.0.0", None)[0]
    assert token_for("0.0.0.0", "mine") == ("mine", False)
    monkeypatch.setenv("LAGEBILD_TOKEN", "from-env")
    assert token_for("0.0.0.0", None) == ("from-env", False)
    assert token_for("127.0.0.1", None) == ("from-env", False)  # a token given is required on loopback too


# -- limits ---------------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_413(db):
    with TestClient(create_app(db, max_body_bytes=1000)) as c:
        declared = c.post("/api/code", json={"text": "x" * 2000})
        assert declared.status_code == 413 and declared.json() == {"detail": "request body too large (the limit is 1,000 bytes)"}

        def chunks():  # no Content-Length: the bytes are counted as they arrive
            for _ in range(5):
                yield b'{"text": "' + b"x" * 300 + b'"}'

        streamed = c.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413 and "too large" in streamed.json()["detail"]
        small = c.post("/api/code", json={"text": ""})  # under the limit: on to validation
        assert small.status_code == 422


def test_rate_limit_answers_429_with_retry_after(db):
    with TestClient(create_app(db, rate_limit="3/minute", code_rate_limit="1/minute")) as c:
        assert [c.get("/api/summary").status_code for _ in range(4)] == [200, 200, 200, 429]
        limited = c.get("/api/events")
        assert limited.status_code == 429 and 1 <= int(limited.headers["retry-after"]) <= 60
        assert limited.json()["detail"].startswith("rate limit exceeded")
        # POST /api/code counts against its own, lower limit
        assert c.post("/api/code", json={"text": ""}).status_code == 422
        assert c.post("/api/code", json={"text": ""}).status_code == 429


# -- read-only and --write ------------------------------------------------------------------------


def test_read_only_has_no_document_upload(client, db):
    assert client.post("/api/documents", json={"text": "Die USA brachen die Gespräche mit Russland ab."}).status_code == 405
    assert "post" not in client.get("/openapi.json").json()["paths"]["/api/documents"]
    with open_store(db, read_only=True) as store:  # and the file itself was opened read-only
        assert store.counts()["documents"] == 3


def test_store_errors_at_start_are_one_line(tmp_path):
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 1 and result.stderr.strip() == f"error: [E008] {tmp_path / 'missing.duckdb'}: file not found"
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 100)
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(junk)])
    assert result.exit_code == 1 and result.stderr.startswith("error: [E020]") and len(result.stderr.strip().splitlines()) == 1


def test_openapi_schema_is_served_and_docs_stay_offline(client):
    schema = client.get("/openapi.json").json()
    assert set(ROUTES) | {"/api/code", "/api/documents/{doc_id}", "/api/health"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404  # Swagger UI would load its scripts from a CDN


@pytest.mark.model
def test_code_a_text(client):
    response = client.post("/api/code", json={"text": "Die USA könnten die Gespräche mit Russland abbrechen.", "date": "2016-10-05"})
    assert response.status_code == 200
    body = response.json()
    assert body["lang"] == "de" and body["text"].startswith("Die USA")
    assert [(e["source"]["code"], e["cameo"], e["target"]["code"], e["factuality"]) for e in body["events"]] == [
        ("USA", "164", "RUS", "hypothetical")]
    assert body["events"][0]["cue"]["text"] == "könnten"
    assert body["events"][0]["cameo_name"] == codebook.cameo("164").name  # for the tooltip
    assert client.get("/api/summary").json()["documents"] == 3  # coding stores nothing
    bad = client.post("/api/code", json={"text": "Hello there.", "lang": "xx"})
    assert bad.status_code == 422 and bad.json()["detail"].startswith("[E005]")


@pytest.mark.model
def test_write_mode_stores_a_document_and_serves_it(tmp_path):
    db = build_known_store(tmp_path / "w.duckdb")
    text = "Die USA brachen am Montag die Gespräche mit Russland ab."
    with TestClient(create_app(db, read_only=False)) as c:
        assert c.get("/api/health").json()["writable"] is True
        created = c.post("/api/documents", json={"text": text, "date": "2016-10-04", "title": "Abbruch"})
        assert created.status_code == 201, created.text
        stored = created.json()
        assert stored["outcome"] == "stored" and stored["document"]["id"] == content_id(text)
        fetched = c.get(f"/api/documents/{content_id(text)}").json()
        assert (fetched["title"], fetched["date"], fetched["lang"]) == ("Abbruch", "2016-10-04", "de")
        assert [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in fetched["events"]] == [("USA", "164", "RUS")]
        assert fetched["events"][0]["day"] == "2016-10-03"  # "am Montag" before the document date
        assert c.get("/api/summary").json()["documents"] == 4
        assert c.post("/api/documents", json={"text": text}).json()["outcome"] == "recoded"


@pytest.mark.model
def test_sample_articles_through_the_api(tmp_path):
    db = build_sample_store(tmp_path / "s.duckdb", ("2015-02-12-minsk-ceasefire.en.txt", "2015-07-14-atomabkommen-iran.de.txt"))
    with TestClient(create_app(db)) as c:
        summary = c.get("/api/summary").json()
        assert summary["documents"] == 2 and summary["asserted"] > 0
        events = c.get("/api/events", params={"limit": 1000}).json()
        assert events["total"] == summary["asserted"] == len(events["events"])
        assert {e["day"] for e in events["events"]} <= {None} | {d for d in _days(events)}
        newest = c.get("/api/documents").json()["documents"][0]
        assert newest["date"] == "2015-07-14"
        doc = c.get(f"/api/documents/{newest['id']}").json()
        assert len(doc["events"]) == newest["events"] and doc["lang"] == "de"
        json.dumps(doc)


def _days(page: dict) -> set[str]:
    """Event days must be real ISO dates."""
    return {Date.fromisoformat(e["day"]).isoformat() for e in page["events"] if e["day"]}
