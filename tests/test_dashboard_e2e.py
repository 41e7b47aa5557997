"""The dashboard end to end: the real app (uvicorn, a store ingested from the bundled sample corpus,
a bearer token) and the page in the system's Chromium.  What each view draws is checked against
what the API answers for the same query, and known events against the coder run in this process.

Screenshots of each view go to test-artifacts/ (or $LAGEBILD_ARTIFACTS)."""

from __future__ import annotations

import json
import os
import urllib.request
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from lagebild import codebook
from lagebild.serve import browser

# CI sets LAGEBILD_REQUIRE_BROWSER=1: there a missing browser is a failure, not a quiet skip.
if browser.missing_reason() is not None and os.environ.get("LAGEBILD_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"LAGEBILD_REQUIRE_BROWSER=1 but {browser.missing_reason()}")
pytestmark = [pytest.mark.model, pytest.mark.skipif(browser.missing_reason() is not None,
                                                     reason=f"dashboard tests skipped: {browser.missing_reason()}")]

REPO = Path(__file__).resolve().parent.parent
SAMPLES = Path(str(resources.files("lagebild") / "samples"))
TOKEN = "e2e-test-token"
# The bundled German sample article (the same text as ../shared/examples, which CI may not have).
GERMAN_ARTICLE = SAMPLES / "genf-gespraeche-2016.de.txt"
# A corpus article whose coding has hypothetical events ("falls …", "könnten …").
HYPOTHETICAL_ARTICLE = SAMPLES / "corpus" / "2015-02-12-minsk-waffenruhe.de.txt"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    path = Path(os.environ.get("LAGEBILD_ARTIFACTS", REPO / "test-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from analyse_fixtures import build_sample_store

    corpus = SAMPLES / "corpus"
    files = tuple(json.loads(line)["file"] for line in (corpus / "metadata.jsonl").read_text(encoding="utf8").splitlines() if line.strip())
    return build_sample_store(tmp_path_factory.mktemp("dashboard") / "samples.duckdb", files)


@pytest.fixture(scope="session")
def base_url(sample_db: Path):
    from lagebild.serve import create_app
    from lagebild.serve.background import serving

    # The page's own requests would trip the default per-client rate limit over a whole test session.
    app = create_app(sample_db, token=TOKEN, rate_limit="100000/minute", code_rate_limit="1000/minute")
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = browser.launch(pw)
        yield instance
        instance.close()


class Dashboard:
    """One browser page on the dashboard, with every script error and console error it logged."""

    def __init__(self, page, base_url: str, artifacts: Path) -> None:
        self.page, self.base_url, self.artifacts = page, base_url, artifacts
        self.errors: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught exception: {exc}"))
        page.on("console", lambda msg: self.errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)

    def open(self, view: str, *, token: str | None = TOKEN) -> None:
        query = f"?token={token}" if token else ""
        self.page.goto(f"{self.base_url}{query}#/{view}")

    def wait_ready(self, view: str) -> None:
        self.page.wait_for_function(f"document.getElementById('view-{view}').dataset.state === 'ready'", timeout=20_000)

    def api(self, path: str, **params) -> dict | list:
        from urllib.parse import urlencode

        query = urlencode([(k, x) for k, v in params.items() if v is not None for x in (v if isinstance(v, list) else [v])])
        request = urllib.request.Request(f"{self.base_url}api/{path}{'?' + query if query else ''}",
                                         headers={"Authorization": f"Bearer {TOKEN}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def attr_all(self, selector: str, name: str) -> list[str]:
        return self.page.eval_on_selector_all(selector, f"els => els.map(e => e.getAttribute('{name}'))")

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(self.artifacts / f"dashboard-{name}.png"), full_page=True)


@pytest.fixture
def dashboard(chromium, base_url: str, artifacts: Path):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    board = Dashboard(context.new_page(), base_url, artifacts)
    yield board
    context.close()
    assert not board.errors, "the page logged errors:\n" + "\n".join(board.errors)


def _code(path: Path) -> tuple[str, list[dict]]:
    from lagebild import code_text

    text = path.read_text(encoding="utf8")
    return text, [event.to_dict() for event in code_text(text, lang="de")]


def _paste_and_code(dashboard: Dashboard, text: str) -> None:
    dashboard.open("article")
    dashboard.page.fill("#code-text", text)
    dashboard.page.click("#code-button")
    dashboard.wait_ready("article")


def _trigger(dashboard: Dashboard, index: int):
    return dashboard.page.locator(f'#article-text mark[data-role="trigger"][data-event-index="{index}"]')


def test_pasted_article_shows_every_coded_event_in_the_text(dashboard: Dashboard):
    text, expected = _code(GERMAN_ARTICLE)
    assert expected, "the German sample article codes no events"
    _paste_and_code(dashboard, text)
    page = dashboard.page

    # The segments put together are the text itself: overlapping spans neither drop nor repeat a character.
    assert page.eval_on_selector("#article-text", "el => el.textContent") == text
    assert page.locator("#event-table tbody tr").count() == len(expected)
    for i, event in enumerate(expected):
        mark = _trigger(dashboard, i)
        assert mark.count() == 1, f"event {i} ({event['trigger']['text']}) has no trigger highlight"
        assert mark.text_content() == event["trigger"]["text"]
        assert mark.get_attribute("data-factuality") == event["factuality"]
        assert f"fact-{event['factuality']}" in mark.get_attribute("class")
        for role in ("source", "target"):
            span = event[role]
            if span:  # the actor's characters are all covered by marks naming this event in this role
                covered = page.eval_on_selector_all(
                    f"#article-text mark.hl-{role}",
                    f"""els => els.filter(e => e.dataset.events.split(' ').includes('{i}'))
                                  .filter(e => +e.dataset.start >= {span['start']} && +e.dataset.end <= {span['end']})
                                  .map(e => e.textContent).join('')""")
                assert covered == span["text"], (i, role)

    # A fact any reader of the article can check: the USA broke off ("abgebrochen") the talks with Russia.
    broke_off = next(i for i, e in enumerate(expected) if e["trigger"]["text"] == "abgebrochen")
    assert expected[broke_off]["factuality"] == "asserted" and expected[broke_off]["cameo_root"] == "16"
    assert "fact-asserted" in _trigger(dashboard, broke_off).get_attribute("class")
    dashboard.shot("article")


def test_tooltip_names_code_and_pattern_on_hover_and_keyboard_focus(dashboard: Dashboard):
    text, expected = _code(GERMAN_ARTICLE)
    _paste_and_code(dashboard, text)
    tooltip = dashboard.page.locator("#tooltip")
    for i in (0, len(expected) - 1):
        _trigger(dashboard, i).hover()
        shown = tooltip.locator(f'.tip-event[data-event-index="{i}"]')
        assert tooltip.is_visible()
        assert shown.locator('dd[data-field="cameo"]').text_content() == f'{expected[i]["cameo"]} {codebook.cameo(expected[i]["cameo"]).name}'
        assert shown.locator('dd[data-field="pattern"]').text_content() == expected[i]["pattern"]
        assert shown.locator('dd[data-field="quadclass"]').text_content() == str(expected[i]["quad_class"])
    dashboard.page.mouse.move(0, 0)
    assert not tooltip.is_visible()
    _trigger(dashboard, 0).focus()  # keyboard users get the same tooltip
    assert tooltip.is_visible() and expected[0]["pattern"] in tooltip.text_content()
    dashboard.page.keyboard.press("Escape")
    assert not tooltip.is_visible()


def test_hypothetical_events_are_marked_hypothetical(dashboard: Dashboard):
    text, expected = _code(HYPOTHETICAL_ARTICLE)
    hypothetical = [i for i, e in enumerate(expected) if e["factuality"] == "hypothetical"]
    asserted = [i for i, e in enumerate(expected) if e["factuality"] == "asserted"]
    assert hypothetical and asserted, "the Minsk article no longer codes both a hypothetical and an asserted event"
    _paste_and_code(dashboard, text)
    for i in hypothetical:
        mark = _trigger(dashboard, i)
        assert "fact-hypothetical" in mark.get_attribute("class")
        _trigger(dashboard, i).hover()
        assert f"hypothetical (cue “{expected[i]['cue']['text']}”)" in dashboard.page.locator("#tooltip").text_content()
    # The class is drawn, not only named: a hypothetical trigger's frame differs from an asserted one's.
    colour = "el => getComputedStyle(el).borderTopColor"
    assert _trigger(dashboard, hypothetical[0]).evaluate(colour) != _trigger(dashboard, asserted[0]).evaluate(colour)
    dashboard.shot("article-hypothetical")


def test_stored_document_opens_with_its_stored_events(dashboard: Dashboard):
    page = dashboard.api("documents", limit=500)
    chosen = max(page["documents"], key=lambda d: d["events"])
    stored = dashboard.api(f"documents/{chosen['id']}")
    dashboard.open("article")
    dashboard.page.wait_for_selector(f'#doc-select option[value="{chosen["id"]}"]', state="attached")
    assert dashboard.page.locator("#doc-select option").count() == len(page["documents"]) + 1
    dashboard.page.select_option("#doc-select", chosen["id"])
    dashboard.page.wait_for_function(f"document.getElementById('view-article').dataset.events === '{len(stored['events'])}'")
    assert dashboard.page.locator("#article-meta h2").text_content() == stored["title"]
    # Every stored event has its trigger marked (events may share a trigger word: one mark for them).
    triggers = dashboard.attr_all("#article-text mark[data-trigger-of]", "data-trigger-of")
    assert sorted({int(i) for t in triggers for i in t.split()}) == list(range(len(stored["events"])))
    first = stored["events"][0]["trigger"]
    dashboard.page.locator('#event-table tbody tr[data-event-index="0"]').click()  # the table row leads to the text
    assert dashboard.page.evaluate("document.activeElement.dataset.triggerOf.split(' ').includes('0')")
    assert dashboard.page.evaluate("document.activeElement.textContent") == first["text"]


def _drawn_edges(dashboard: Dashboard) -> Counter:
    pairs = dashboard.page.eval_on_selector_all("#network-svg .edge", "els => els.map(e => [e.dataset.source, e.dataset.target, +e.dataset.events])")
    return Counter(map(tuple, pairs))


def _api_edges(graph: dict) -> Counter:
    return Counter((e["source"], e["target"], e["events"]) for e in graph["edges"])


def test_network_draws_the_countries_and_follows_the_quadclass_filter(dashboard: Dashboard):
    dashboard.open("network")
    dashboard.wait_ready("network")
    graph = dashboard.api("network", level="country")
    drawn_nodes = dashboard.attr_all("#network-svg .node", "data-id")
    assert sorted(drawn_nodes) == sorted(n["id"] for n in graph["nodes"])
    assert {"USA", "RUS", "UKR"} <= set(drawn_nodes)  # the corpus is about Crimea, Minsk, sanctions …
    all_edges = _drawn_edges(dashboard)
    assert all_edges == _api_edges(graph) and all_edges
    dashboard.shot("network")

    # Only conflict: untick both cooperation classes; the drawing reloads with what the API says.
    dashboard.page.uncheck("#network-quad-1")
    dashboard.page.uncheck("#network-quad-2")
    dashboard.page.wait_for_function("document.getElementById('view-network').dataset.query.includes('quad_class=3&quad_class=4')")
    dashboard.wait_ready("network")
    conflict = dashboard.api("network", level="country", quad_class=[3, 4])
    assert _drawn_edges(dashboard) == _api_edges(conflict)
    assert _drawn_edges(dashboard) != all_edges
    colours = dashboard.page.eval_on_selector_all("#network-svg .edge", "els => els.map(e => [+e.dataset.meanGoldstein, e.getAttribute('stroke')])")
    assert all(goldstein <= 0 for goldstein, _ in colours)  # conflict only: no positive mean
    dashboard.shot("network-conflict")


def test_timeline_bars_are_the_api_periods(dashboard: Dashboard):
    dyads = dashboard.api("dyads", level="country", limit=1000)
    dyad = next(d for d in dyads if d["source"] == "USA")
    dashboard.open("timeline")
    dashboard.wait_ready("timeline")
    page = dashboard.page
    page.select_option("#timeline-source", "USA")
    page.select_option("#timeline-target", dyad["target"])
    page.check("#timeline-both")
    for interval in ("week", "day"):
        page.check(f'#timeline-controls input[value="{interval}"]')
        page.wait_for_function(
            f"(q => q.includes('target={dyad['target']}') && q.includes('interval={interval}') && q.includes('both_directions=true'))"
            "(document.getElementById('view-timeline').dataset.query || '')")
        dashboard.wait_ready("timeline")
        series = dashboard.api("timeseries", source="USA", target=dyad["target"], interval=interval, both_directions="true")
        assert series["points"], (dyad, interval)
        assert dashboard.attr_all("#timeline-svg .bar", "data-period") == [p["period"] for p in series["points"]]
        assert list(map(int, dashboard.attr_all("#timeline-svg .bar", "data-total"))) == [p["total"] for p in series["points"]]
        segments = dashboard.page.eval_on_selector_all("#timeline-svg .bar-segment", "els => els.map(e => [e.parentNode.dataset.period, e.dataset.quad, +e.dataset.events])")
        assert sorted(map(tuple, segments)) == sorted((p["period"], q, n) for p in series["points"] for q, n in p["quad"].items() if n)
    labels = page.eval_on_selector_all("#timeline-svg .axis-label", "els => els.map(e => e.textContent)")
    assert {"Day", "Events", "Mean Goldstein"} <= set(labels)
    dashboard.shot("timeline")


def test_map_draws_the_world_and_the_api_places(dashboard: Dashboard):
    dashboard.open("map")
    dashboard.wait_ready("map")
    page = dashboard.page
    assert page.locator("#map-svg path.country").count() >= 150
    answer = dashboard.api("map")
    places = Counter((p["name"], p["country"], p["events"]) for p in answer["points"])
    drawn = page.eval_on_selector_all("#map-svg .map-point", "els => els.map(e => [e.dataset.name, e.dataset.country, +e.dataset.events])")
    assert Counter(map(tuple, drawn)) == places and places
    busiest = max(answer["points"], key=lambda p: p["events"])
    # Focus rather than hover: smaller places drawn on top may cover the busiest one's centre.
    page.locator(f'#map-svg .map-point[data-name="{busiest["name"]}"]').first.focus()
    tip = page.locator("#tooltip")
    assert busiest["name"] in tip.text_content() and tip.locator('dd[data-field="events"]').text_content() == str(busiest["events"])
    dashboard.shot("map")

    page.uncheck("#map-quad-1")
    page.wait_for_function("(document.getElementById('view-map').dataset.query || '').includes('quad_class=2')")
    dashboard.wait_ready("map")
    filtered = dashboard.api("map", quad_class=[2, 3, 4])
    drawn = page.eval_on_selector_all("#map-svg .map-point", "els => els.map(e => [e.dataset.name, e.dataset.country, +e.dataset.events])")
    assert Counter(map(tuple, drawn)) == Counter((p["name"], p["country"], p["events"]) for p in filtered["points"])


def test_without_the_token_the_page_says_how_to_get_in(chromium, base_url: str):
    context = chromium.new_context()
    page = context.new_page()
    try:
        page.goto(f"{base_url}#/network")
        alert = page.locator("#error")
        alert.wait_for(state="visible")
        assert "401" in alert.text_content() and "token" in alert.text_content()
        assert page.locator("#network-svg .node").count() == 0
    finally:
        context.close()
