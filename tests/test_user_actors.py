"""A user's actor dictionary: importing PETRARCH/Phoenix, CSV and YAML into Lagebild's actor file,
and using it at run time (user entries win over Lagebild's own)."""

from datetime import date
from pathlib import Path

import pytest

from lagebild.data.user_actors import dump_user_actors, read_user_actors, user_dictionary
from lagebild.errors import LagebildError
from lagebild.importers.user_dict import import_files
from lagebild.settings import load_settings

PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "data" / "dictionaries" / "phoenix"

CSV = """name,code,country,sector,start,end,lang
Maria Musterfrau,,DEU,GOV,2020-01-01,2024-01-01,de
Maria Musterfrau,DEUELI,,,,,de
Blauhelm-Bataillon,IGOUNO,,,,,
bad row,usa gov,,,,,
Kommissar,,,GOV,,,de
x,USAGOV,,,2020-13-01,,
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf8")
    return path


def test_csv_import_groups_rows_and_reports_bad_lines(tmp_path):
    result = import_files([_write(tmp_path, "my.csv", CSV)], "csv")
    assert len(result.problems) == 2
    assert result.problems[0].startswith("[E009]") and "my.csv:5:" in result.problems[0] and "USA GOV" in result.problems[0]
    assert "my.csv:7:" in result.problems[1] and "2020-13-01" in result.problems[1]
    by_id = {e.id: e for e in result.entries}
    maria = by_id["Maria Musterfrau"]
    assert maria.code == "DEUELI" and [r.code for r in maria.roles] == ["DEUGOV"]
    assert maria.names.get("de") == ("Maria Musterfrau",) and maria.names.get("en") == ()
    assert by_id["Kommissar"].sector == "GOV" and by_id["Kommissar"].code is None


def test_written_file_loads_back_and_resolves_by_date(tmp_path):
    result = import_files([_write(tmp_path, "my.csv", CSV)], "csv")
    out = _write(tmp_path, "my.yaml", dump_user_actors(result.entries, "test"))
    assert len(read_user_actors(out).entries) == len(result.entries)
    user = user_dictionary([out])
    inside = user.lookup("maria  musterfrau", date(2021, 5, 1), "de")
    outside = user.lookup("Maria Musterfrau", date(2025, 5, 1), "de")
    assert inside.code == "DEUGOV" and "my.yaml" in inside.evidence and "2020-01-01..2024-01-01" in inside.evidence
    assert outside.code == "DEUELI"
    assert user.lookup("Maria Musterfrau", date(2021, 5, 1), "en") is None  # a German-only form
    forms = user.forms("en")
    assert forms["blauhelm-bataillon"].code == "IGOUNO" and "maria musterfrau" not in forms  # dated: the hook's


def test_bad_user_file_is_one_line_error(tmp_path):
    bad = _write(tmp_path, "bad.yaml", "format: lagebild-actors/1\nentries:\n  - {id: a, names: {en: [A]}, roles: [{code: USAGOV, start: 2020-02-30}]}\n")
    with pytest.raises(LagebildError) as err:
        read_user_actors(bad)
    line = err.value.one_line()
    assert "bad.yaml" in line and "entries.0.roles.0.start" in line and "\n" not in line
    with pytest.raises(LagebildError, match="no 'format"):
        read_user_actors(_write(tmp_path, "other.yaml", "people: []\n"))


def test_settings_name_user_files(tmp_path):
    toml = _write(tmp_path, "lagebild.toml", '[lagebild]\nactors = ["a.yaml", "/abs/b.yaml"]\n')
    assert load_settings(toml, environ={}).actors == (str(tmp_path / "a.yaml"), "/abs/b.yaml")
    assert load_settings(toml, environ={"LAGEBILD_ACTORS": "/x.yaml"}).actors == ("/x.yaml",)
    with pytest.raises(LagebildError, match="actors"):
        load_settings(_write(tmp_path, "bad.toml", "[lagebild]\nactors = 3\n"), environ={})


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="../shared/data/dictionaries/phoenix is not here")
def test_phoenix_actor_and_agent_files_import(tmp_path):
    files = [PHOENIX / "Phoenix.MilNonState.actors.txt", PHOENIX / "PETR.Validate.actors.txt", PHOENIX / "Phoenix.agents.txt"]
    result = import_files(files, "petrarch")
    assert result.counts["Phoenix.MilNonState.actors.txt"]["entries"] > 900
    assert result.counts["Phoenix.agents.txt"]["agents"] > 2000
    # Phoenix.agents.txt has two malformed lines: reported with file:line, the rest imported.
    assert len(result.problems) == result.counts["Phoenix.agents.txt"]["lines_skipped"] >= 1
    assert all("Phoenix.agents.txt:" in p for p in result.problems)
    out = _write(tmp_path, "phoenix.yaml", dump_user_actors(result.entries))
    user = user_dictionary([out])
    # PETR.Validate's GOLLUM: dated codes, PETRARCH's inclusive last day → exclusive end.
    assert user.lookup("gollum", date(1994, 1, 1), "en").code == "HOB"
    assert user.lookup("gollum", date(1996, 1, 1), "en").code == "HOBGOV"
    assert user.lookup("gollum", date(2001, 1, 1), "en").code == "HOBREB"
    assert user.forms("en")["president"].ref.sector == "GOV"


@pytest.mark.model
def test_user_file_wins_at_run_time(tmp_path):
    import lagebild
    from dataclasses import replace

    text = "name,code,country,sector,start,end,lang\nKerry,USAMIL,,,,,\nBlauhelme,IGOUNO,,,,,de\n"
    result = import_files([_write(tmp_path, "u.csv", text)], "csv")
    out = _write(tmp_path, "u.yaml", dump_user_actors(result.entries))
    settings = replace(load_settings(environ={}), actors=(str(out),))
    events = lagebild.code_text("Kerry kritisierte die Blauhelme.", lang="de", date=date(2015, 6, 1), settings=settings)
    actors = {a.text: a for e in events for a in (e.source, e.target) if a is not None}
    assert actors["Kerry"].code == "USAMIL" and "user file u.yaml" in actors["Kerry"].entry
    assert actors["Blauhelme"].code == "IGOUNO"
    plain = lagebild.code_text("Kerry kritisierte die Blauhelme.", lang="de", date=date(2015, 6, 1))
    assert {a.code for e in plain for a in (e.source, e.target) if a is not None and a.text == "Kerry"} == {"USAGOV"}


def test_import_cli_writes_file_and_reports(tmp_path):
    from typer.testing import CliRunner

    from lagebild.cli import app

    src, out = _write(tmp_path, "my.csv", CSV), tmp_path / "my_actors.yaml"
    result = CliRunner().invoke(app, ["actors", "import", str(src), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 1  # two bad rows: reported, the rest written
    assert "my.csv:5:" in result.output and "3 entries" in result.output and "Traceback" not in result.output
    assert len(read_user_actors(out).entries) == 3
    looked = CliRunner().invoke(app, ["actors", "lookup", "Maria Musterfrau", "--lang", "de", "--date", "2021-01-01", "--actors", str(out)])
    assert looked.exit_code == 0 and "DEUGOV" in looked.output and "user file" in looked.output
