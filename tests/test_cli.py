"""The CLI on bad and good input: one-line errors with codes, never a traceback."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()


def run(*args: str, stdin: bytes | None = None):
    return runner.invoke(app, list(args), input=stdin)


def assert_one_line_error(result, code: str, subject: str | None = None) -> None:
    assert result.exit_code == 1, result.output
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: [{code}]"), lines[0]
    if subject:
        assert subject in lines[0]
    assert "Traceback" not in result.output + result.stderr


def test_empty_file(tmp_path: Path):
    f = tmp_path / "leer.txt"
    f.write_text("  \n\t\n", encoding="utf8")
    assert_one_line_error(run("parse", str(f)), "E001", "leer.txt")


def test_binary_file(tmp_path: Path):
    f = tmp_path / "foto.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    assert_one_line_error(run("parse", str(f)), "E002", "foto.jpg")


def test_ten_megabyte_single_line_is_refused_quickly(tmp_path: Path):
    f = tmp_path / "riesig.txt"
    f.write_text("Wort " * 2_100_000, encoding="utf8")  # ~10 MB, one line
    assert_one_line_error(run("parse", str(f)), "E004", "riesig.txt")


def test_missing_file(tmp_path: Path):
    assert_one_line_error(run("parse", str(tmp_path / "fehlt.txt")), "E008", "fehlt.txt")


def test_unknown_format_is_refused(tmp_path: Path):
    assert_one_line_error(run("parse", "--format", "xml", "x.txt"), "E011")


def test_empty_stdin():
    assert_one_line_error(run("parse", "-", stdin=b""), "E001", "<stdin>")


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("parse", str(bad), str(empty))
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert [e.split("]")[0] for e in errors] == ["error: [E002", "error: [E001"]


@pytest.mark.model
def test_latin1_file_is_decoded_and_parsed(tmp_path: Path):
    f = tmp_path / "alt.txt"
    f.write_bytes("Die Außenminister äußerten sich über die Waffenruhe in Syrien.".encode("latin-1"))
    result = run("parse", "--format", "conllu", str(f))
    assert result.exit_code == 0, result.stderr
    assert "\tAußenminister\t" in result.stdout


@pytest.mark.model
def test_conllu_output_has_ten_columns_and_ud_roots():
    result = run("parse", "--lang", "en", "--format", "conllu", "-", stdin=b"Kerry met Lavrov in Geneva.\n")
    assert result.exit_code == 0, result.stderr
    rows = [l.split("\t") for l in result.stdout.splitlines() if l and not l.startswith("#")]
    assert rows and all(len(r) == 10 for r in rows)
    assert sum(r[7] == "root" for r in rows) == 1


@pytest.mark.model
def test_demo_stores_and_summarises_the_sample_corpus(tmp_path: Path):
    db = tmp_path / "demo.duckdb"
    result = run("demo", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert "48 documents stored" in result.stdout and "0 failed" in result.stdout
    # The German sample reports the US halting talks with Russia: CAMEO 164 (halt negotiations),
    # and Kerry meeting Lavrov, resolved by office on the article's date.
    assert any(" 164 " in line and "RUS" in line for line in result.stdout.splitlines()), result.stdout
    assert "USAGOV (John Kerry)" in result.stdout
    # A second run stores nothing new: documents are keyed by content.
    again = run("demo", "--db", str(db))
    assert "0 documents stored" in again.stdout and "48 skipped" in again.stdout
