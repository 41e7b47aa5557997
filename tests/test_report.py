"""`lagebild report` on the hand-made store of analyse_fixtures: the numbers in the HTML follow
from the table there; the charts are real PNG files, inlined in the HTML as well."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from analyse_fixtures import build_known_store
from lxml import html as lxml_html
from matplotlib.path import Path as Outline
from typer.testing import CliRunner

from lagebild.analyse import EventFilter
from lagebild.cli import app
from lagebild.errors import LagebildError
from lagebild.report import build_report
from lagebild.report.world import country_rings
from lagebild.store import open_store

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def known_db(tmp_path_factory) -> Path:
    return build_known_store(tmp_path_factory.mktemp("report") / "known.duckdb")


def _report(db: Path, out: Path, **kwargs):
    with open_store(db, read_only=True) as store:
        return build_report(store, out, **kwargs)


def _cells(page, section: str) -> list[list[str]]:
    return [[td.text_content().strip() for td in row.findall("td")] for row in page.xpath(f"//section[@id='{section}']//tbody/tr")]


def test_report_numbers_follow_the_store(known_db, tmp_path):
    report = _report(known_db, tmp_path / "r.html")
    page = lxml_html.fromstring(report.html.read_text(encoding="utf8"))
    cards = {c.get("data-field"): c.find("b").text for c in page.xpath("//div[@class='card']")}
    # 3 documents, 8 mentions, 7 asserted, 5 countries; 6 asserted events have a day (event 8's
    # document is undated), and only those can be drawn on a timeline.
    assert cards == {"documents": "3", "events": "8", "asserted": "7", "countries": "5", "covered": "6"}
    assert report.events == 6
    dyads = {(r[0], r[1]): r[2:] for r in _cells(page, "dyads")}
    # USA→RUS: events 1 (-8, Q4), 2 (+2, Q1), 7 (-5, Q3); the hypothetical event 4 is left out.
    assert dyads[("USA", "RUS")] == ["3", "-3.67", "1", "0", "1", "1"]
    assert dyads[("DEU", "FRA")] == ["1", "6.00", "0", "1", "0", "0"]
    places = {r[0]: r[-1] for r in _cells(page, "places")}
    assert places == {"Kyiv": "2", "Berlin": "1"}  # event 4 at Kyiv is hypothetical


def test_charts_are_pngs_written_and_inlined(known_db, tmp_path):
    report = _report(known_db, tmp_path / "out" / "r.html", png_dir=tmp_path / "png")
    names = sorted(p.name for p in report.charts)
    assert names == ["dyad_timeline.png", "dyads.png", "map.png", "timeline.png"]
    text = report.html.read_text(encoding="utf8")
    inlined = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(inlined) == 4
    files = {p.read_bytes() for p in report.charts}
    for data in inlined:
        png = base64.b64decode(data)
        assert png.startswith(PNG_SIGNATURE) and png in files
    assert all(p.parent == tmp_path / "png" for p in report.charts)


def test_a_filter_narrows_every_table(known_db, tmp_path):
    report = _report(known_db, tmp_path / "r.html", where=EventFilter(quad_class=(4,)))
    page = lxml_html.fromstring(report.html.read_text(encoding="utf8"))
    assert [r[:3] for r in _cells(page, "dyads")] == [["USA", "RUS", "1"]]  # only event 1 is asserted Q4
    assert report.events == 1
    assert "QuadClass 4" in page.xpath("//p[@class='meta']")[0].text_content()


def test_world_outlines_decode_to_real_countries():
    rings = country_rings()
    assert len(rings) > 200
    outlines = [Outline(r) for r in rings]
    inside = lambda lon, lat: any(o.contains_point((lon, lat)) for o in outlines)  # noqa: E731
    assert inside(13.40, 52.52) and inside(37.62, 55.75) and inside(-77.04, 38.90)  # Berlin, Moscow, Washington
    assert not inside(-30.0, 30.0) and not inside(-150.0, 0.0)  # mid-Atlantic, mid-Pacific
    # unwrapped rings never jump across the map (a band along a parallel)
    assert all(abs(a[0] - b[0]) <= 180 for r in rings for a, b in zip(r, r[1:]))


def test_cli_writes_the_report_and_fails_in_one_line(known_db, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["report", "--db", str(known_db), "--out", str(tmp_path / "r.html")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "r.html").is_file() and (tmp_path / "r_charts" / "map.png").is_file()
    missing = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "x.html")])
    assert missing.exit_code == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()
    folder = runner.invoke(app, ["report", "--db", str(known_db), "--out", str(tmp_path)])
    assert folder.exit_code == 1 and "[E030]" in folder.stderr and "Traceback" not in folder.output


def test_bad_filter_is_a_one_line_error(known_db, tmp_path):
    with pytest.raises(LagebildError, match="E014"):
        _report(known_db, tmp_path / "r.html", where=EventFilter(start="yesterday"))


@pytest.mark.parametrize(("first", "last", "interval"), [
    ("2024-03-03", "2024-03-11", "day"), ("2024-01-01", "2024-03-03", "day"),  # up to 62 days
    ("2024-01-01", "2024-03-04", "week"), ("2022-01-01", "2023-12-31", "week"),  # up to two years
    ("2013-01-01", "2019-12-11", "month"), (None, "2019-12-11", "week"),
])
def test_auto_interval_keeps_bars_readable(first, last, interval):
    from lagebild.report.build import _interval_for

    assert _interval_for(first, last) == interval


def test_report_picks_days_for_a_short_store(known_db, tmp_path):
    report = _report(known_db, tmp_path / "r.html")  # event days 2024-03-03 … 2024-03-11
    figure = lxml_html.fromstring(report.html.read_text(encoding="utf8")).xpath("//figure[@id='chart-timeline']")[0]
    assert figure.text_content().strip() == "Events per day by QuadClass"
