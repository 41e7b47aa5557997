"""The dashboard page-load benchmark (`lagebild bench serve`): a synthetic store of N events, the
real server over it, and Chromium loading each view; prints the time from navigation start to the
view's drawn elements, and the latency of each API call the views make.

The synthetic rows are generated inside DuckDB from `range(N)` with a hash per row and column, so
they need no Python loop, come out the same on every run, and 100,000 events take a few seconds.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

# Countries with a capital to place events at; the first ones are picked far more often (news
# concentrates on a few countries), see `_skewed`.
PLACES = [
    ("USA", "Washington", "DC", 38.895, -77.036), ("RUS", "Moscow", "48", 55.752, 37.616),
    ("UKR", "Kyiv", "12", 50.450, 30.524), ("SYR", "Damascus", "13", 33.510, 36.291),
    ("CHN", "Beijing", "22", 39.907, 116.397), ("DEU", "Berlin", "16", 52.524, 13.411),
    ("FRA", "Paris", "11", 48.853, 2.349), ("GBR", "London", "ENG", 51.509, -0.126),
    ("IRN", "Tehran", "26", 35.694, 51.422), ("ISR", "Jerusalem", "06", 31.769, 35.216),
    ("TUR", "Ankara", "68", 39.920, 32.854), ("PRK", "Pyongyang", "12", 39.034, 125.754),
    ("AFG", "Kabul", "13", 34.528, 69.172), ("IRQ", "Baghdad", "07", 33.341, 44.401),
    ("YEM", "Sanaa", "26", 15.355, 44.207), ("SAU", "Riyadh", "10", 24.688, 46.722),
    ("VEN", "Caracas", "25", 10.488, -66.879), ("LBY", "Tripoli", "77", 32.888, 13.191),
    ("MLI", "Bamako", "08", 12.650, -8.000), ("SSD", "Juba", "CE", 4.859, 31.571),
    ("PAK", "Islamabad", "08", 33.721, 73.043), ("IND", "New Delhi", "07", 28.636, 77.224),
    ("JPN", "Tokyo", "40", 35.690, 139.692), ("KOR", "Seoul", "11", 37.566, 126.978),
    ("EGY", "Cairo", "11", 30.063, 31.250), ("NGA", "Abuja", "FC", 9.058, 7.489),
    ("COL", "Bogota", "34", 4.610, -74.082), ("BRA", "Brasilia", "07", -15.780, -47.929),
    ("MMR", "Naypyidaw", "17", 19.745, 96.129), ("BEL", "Brussels", "BRU", 50.850, 4.349),
    ("POL", "Warsaw", "78", 52.230, 21.012), ("ITA", "Rome", "07", 41.894, 12.484),
    ("ESP", "Madrid", "29", 40.417, -3.704), ("GRC", "Athens", "ESYE31", 37.984, 23.728),
    ("ZAF", "Pretoria", "06", -25.745, 28.188), ("ETH", "Addis Ababa", "44", 9.025, 38.747),
    ("KEN", "Nairobi", "05", -1.283, 36.817), ("MEX", "Mexico City", "09", 19.428, -99.128),
    ("CUB", "Havana", "02", 23.133, -82.383), ("AUS", "Canberra", "01", -35.283, 149.128),
]
# CAMEO codes with their root, QuadClass, Goldstein weight and PLOVER type, spread over all four classes.
CODES = [
    ("040", "04", 1, 1.0, "CONSULT"), ("036", "03", 1, 4.0, "COOPERATE"), ("051", "05", 1, 3.4, "COOPERATE"),
    ("010", "01", 1, 0.0, "CONSULT"), ("057", "05", 2, 8.0, "AGREE"), ("070", "07", 2, 7.0, "AID"),
    ("061", "06", 2, 6.4, "COOPERATE"), ("080", "08", 2, 5.0, "CONCEDE"), ("112", "11", 3, -2.0, "ACCUSE"),
    ("100", "10", 3, -5.0, "DEMAND"), ("120", "12", 3, -4.0, "REJECT"), ("130", "13", 3, -4.4, "THREATEN"),
    ("163", "16", 4, -8.0, "SANCTION"), ("173", "17", 4, -5.0, "COERCE"), ("190", "19", 4, -10.0, "ASSAULT"),
    ("183", "18", 4, -10.0, "ASSAULT"),
]
FACTUALITIES = ["asserted"] * 8 + ["reported", "hypothetical", "negated", "future"]
FIRST_DAY = "2015-01-01"
DAYS = 5 * 365
EVENTS_PER_DOCUMENT = 5


def _skewed(row: str, salt: str, n: int) -> str:
    """SQL for an index in [0, n) that favours small values (the square of a uniform draw)."""
    return f"CAST(floor(pow((hash({row}, '{salt}') % 1000000) / 1000000.0, 2) * {n}) AS INTEGER)"


def _uniform(row: str, salt: str, n: int) -> str:
    return f"CAST(hash({row}, '{salt}') % {n} AS INTEGER)"


def build_synthetic_store(path: Path, events: int) -> float:
    """Write `events` events (in events / 5 dated documents) into a new store at `path`; returns
    the seconds it took."""
    from ..store import open_store

    start = time.perf_counter()
    docs = max(1, events // EVENTS_PER_DOCUMENT)
    places = ", ".join(f"('{c}', '{name}', '{admin1}', {lat}, {lon})" for c, name, admin1, lat, lon in PLACES)
    codes = ", ".join(f"('{c}', '{root}', {quad}, {g}, '{plover}')" for c, root, quad, g, plover in CODES)
    facts = ", ".join(f"'{f}'" for f in FACTUALITIES)
    with open_store(path) as store:
        con = store.con
        con.execute("""INSERT INTO coding_runs (run_id, started_at, finished_at, coder_version, package_version, dictionaries, command)
                       VALUES (1, now()::TIMESTAMP, now()::TIMESTAMP, 'synthetic', 'synthetic', 'synthetic', 'bench serve')""")
        con.execute(f"""
            INSERT INTO documents (id, text, source, title, date, lang, site, inserted_at, coded_at, coder_version, run_id)
            SELECT 'doc-' || i,
                   'Synthetic article ' || i || '. Actors met, talked, quarrelled and fought in several places.',
                   'bench', 'Synthetic article ' || i,
                   DATE '{FIRST_DAY}' + {_uniform('i', 'day', DAYS)},
                   CASE WHEN i % 2 = 0 THEN 'de' ELSE 'en' END, 'synthetic', now()::TIMESTAMP, now()::TIMESTAMP, 'synthetic', 1
            FROM range({docs}) t(i)""")
        con.execute(f"""
            CREATE TEMP TABLE places (country VARCHAR, name VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE);
            INSERT INTO places VALUES {places};
            CREATE TEMP TABLE codes (cameo VARCHAR, root VARCHAR, quad TINYINT, goldstein DOUBLE, plover VARCHAR);
            INSERT INTO codes VALUES {codes};
            CREATE TEMP TABLE picks AS SELECT i,
                   {_skewed('i', 'source', len(PLACES))} AS s,
                   ({_skewed('i', 'source', len(PLACES))} + 1 + {_skewed('i', 'target', len(PLACES) - 1)}) % {len(PLACES)} AS t,
                   {_uniform('i', 'code', len(CODES))} AS c,
                   {_skewed('i', 'place', len(PLACES))} AS p,
                   list_extract([{facts}], 1 + {_uniform('i', 'fact', len(FACTUALITIES))}) AS factuality
            FROM range({events}) r(i)""")
        con.execute(f"""
            INSERT INTO events (doc_id, mention, sentence, sentence_text, source_code, source_country, source_text, source_start, source_end,
                                target_code, target_country, target_text, target_start, target_end, cameo, cameo_root, plover_type,
                                quad_class, goldstein, factuality, trigger_text, trigger_start, trigger_end, pattern, lang, coder_version,
                                location_name, location_country, location_admin1, location_lat, location_lon, location_text,
                                location_start, location_end, location_source)
            SELECT 'doc-' || (k.i // {EVENTS_PER_DOCUMENT}), k.i % {EVENTS_PER_DOCUMENT}, 0, 'Actors met, talked, quarrelled and fought.',
                   src.country || CASE WHEN k.i % 3 = 0 THEN 'GOV' ELSE '' END, src.country, src.country, 0, 6,
                   tgt.country, tgt.country, tgt.country, 19, 25,
                   code.cameo, code.root, code.plover, code.quad, code.goldstein, k.factuality, 'met', 7, 10,
                   'synthetic.' || code.cameo, 'en', 'synthetic',
                   place.name, place.country, place.admin1, place.lat, place.lon, place.name, 0, 6, 'document'
            FROM picks k
            JOIN places src ON src.rowid = k.s JOIN places tgt ON tgt.rowid = k.t
            JOIN places place ON place.rowid = k.p JOIN codes code ON code.rowid = k.c""")
        stored = con.execute("SELECT count(*) FROM events").fetchone()[0]
        assert stored == events, f"generated {stored} of {events} events"
        con.execute("CHECKPOINT")
    return time.perf_counter() - start


# What each view draws once it has loaded: the page load ends when this selector matches.
VIEW_READY = {
    "article": "#doc-select option[value]:not([value=''])",
    "network": "#network-svg .node",
    "timeline": "#timeline-svg .bar",
    "map": "#map-svg .map-point",
}


@dataclass
class ServeBench:
    events: int
    build_seconds: float
    page_load_ms: dict[str, list[float]] = field(default_factory=dict)
    api_ms: dict[str, list[float]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        med = statistics.median
        return {"events": self.events, "build_seconds": round(self.build_seconds, 2),
                "page_load_ms": {k: {"median": round(med(v)), "max": round(max(v))} for k, v in self.page_load_ms.items()},
                "api_ms": {k: {"first": round(v[0]), "median": round(med(v[1:] or v))} for k, v in self.api_ms.items()}}

    def format(self) -> str:
        d = self.as_dict()
        lines = [f"synthetic store: {self.events:,} events, built in {self.build_seconds:.1f} s",
                 "page load, navigation start → view drawn (median / max of runs, fresh browser context each):"]
        lines += [f"  {view:<9} {v['median']:>6} ms / {v['max']:>6} ms" for view, v in d["page_load_ms"].items()]
        lines.append("API latency (first call / median of the repeats):")
        lines += [f"  {call:<55} {v['first']:>6} ms / {v['median']:>6} ms" for call, v in d["api_ms"].items()]
        return "\n".join(lines)


def _time_api(base: str, path: str, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        with urllib.request.urlopen(base + path, timeout=120) as response:
            json.loads(response.read())
        times.append((time.perf_counter() - start) * 1000)
    return times


def _api_calls(base: str) -> list[str]:
    """The calls the views make on first load (as the page sends them), plus the other list calls."""
    with urllib.request.urlopen(base + "api/dyads?level=country&limit=1000", timeout=120) as response:
        top = json.loads(response.read())[0]
    with urllib.request.urlopen(base + "api/documents?limit=1", timeout=120) as response:
        doc = json.loads(response.read())["documents"][0]["id"]
    return ["api/summary", "api/documents?limit=500", f"api/documents/{doc}", "api/network?level=country",
            "api/network?level=actor", "api/network?level=country&quad_class=3&quad_class=4",
            "api/dyads?level=country&limit=1000",
            f"api/timeseries?source={top['source']}&target={top['target']}&interval=week",
            f"api/timeseries?source={top['source']}&target={top['target']}&interval=day&both_directions=true",
            "api/map", "api/events?limit=100", "api/actors"]


def bench_serve(events: int, *, runs: int = 3, api_repeats: int = 5) -> ServeBench:
    from playwright.sync_api import sync_playwright

    from . import browser, create_app
    from .background import serving

    reason = browser.missing_reason()
    if reason:
        raise RuntimeError(f"lagebild bench serve needs a browser: {reason}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "synthetic.duckdb"
        result = ServeBench(events, build_synthetic_store(db, events))
        app = create_app(db, rate_limit="1000000/minute")
        with serving(app) as base, sync_playwright() as pw:
            for call in _api_calls(base):  # before the pages, so the first-call numbers are cold
                result.api_ms[call] = _time_api(base, call, api_repeats)
            chromium = browser.launch(pw)
            try:
                for view, selector in VIEW_READY.items():
                    for _ in range(runs):
                        context = chromium.new_context(viewport={"width": 1280, "height": 900})
                        page = context.new_page()
                        page.goto(f"{base}#/{view}")
                        # performance.now() counts from the navigation start; read on the frame the elements appear.
                        handle = page.wait_for_function(f"() => document.querySelector({json.dumps(selector)}) ? performance.now() : false",
                                                        timeout=60_000)
                        result.page_load_ms.setdefault(view, []).append(handle.json_value())
                        context.close()
            finally:
                chromium.close()
    return result
