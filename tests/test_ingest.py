import io
import json

import duckdb
import pytest
from store_fakes import KNOWN, fake_coder

from lagebild.errors import LagebildError
from lagebild.ingest import Source, expand, ingest, read
from lagebild.ingest.progress import progress_for
from lagebild.store import DocumentRecord, open_store

ARTICLE = f"""<!DOCTYPE html>
<html lang="de"><head><title>Gespräche abgebrochen | Beispielzeitung</title>
<meta name="author" content="Anna Muster"><meta property="og:site_name" content="Beispielzeitung">
<meta name="date" content="2024-03-05"><link rel="canonical" href="https://example.org/abbruch"></head>
<body><nav><ul><li>{KNOWN}</li><li>Sport</li><li>Wetter</li></ul></nav>
<article><h1>Gespräche abgebrochen</h1>
<p>Frankreich kritisierte am Montag die Regierung in Berlin scharf. Der Außenminister sagte, man werde weitere
Schritte prüfen. Die Verhandlungen sollen im Herbst fortgesetzt werden, hieß es aus Diplomatenkreisen.</p>
<p>Ein Sprecher der Bundesregierung wies die Kritik zurück und verwies auf frühere Vereinbarungen zwischen beiden Ländern.</p>
</article>
<aside><p>Meistgelesen: {KNOWN}</p></aside>
<footer><p>{KNOWN} Impressum Datenschutz</p></footer></body></html>
"""


def _items(tmp_path, name, content, fmt="auto"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf8"))
    return [item for source in expand([str(path)], fmt) for item in read(source)]


def _errors(items):
    return [i.one_line() for i in items if isinstance(i, LagebildError)]


def _docs(items):
    return [i for i in items if isinstance(i, DocumentRecord)]


# -- readers -----------------------------------------------------------------------------------


def test_text_file(tmp_path):
    [doc] = _items(tmp_path, "a.txt", KNOWN + "\n")
    assert doc.text.strip() == KNOWN and doc.source.endswith("a.txt")


def test_html_main_text_and_metadata_without_boilerplate(tmp_path):
    [doc] = _items(tmp_path, "a.html", ARTICLE)
    assert "Frankreich kritisierte" in doc.text and "Bundesregierung" in doc.text
    assert "brachen" not in doc.text and "Impressum" not in doc.text and "Sport" not in doc.text
    assert (doc.title, doc.author, doc.site, str(doc.date)) == ("Gespräche abgebrochen", "Anna Muster", "Beispielzeitung", "2024-03-05")
    assert doc.url == "https://example.org/abbruch"
    assert "\n\n" in doc.text  # paragraphs stay apart, so sentences never run across them


def _folder_items(folder):
    items = []
    for source in expand([str(folder)]):
        items.extend([source] if isinstance(source, LagebildError) else read(source))
    return items


def test_a_metadata_sidecar_describes_the_files_of_its_folder(tmp_path):
    """metadata.jsonl names files with their metadata: it is no document itself, the files it
    names get its fields (over what an HTML page says), and a README beside them is skipped."""
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(KNOWN + "\n", encoding="utf8")
    (folder / "b.html").write_text(ARTICLE, encoding="utf8")
    (folder / "README.md").write_text("About this corpus.\n", encoding="utf8")
    (folder / "sub" / "c.txt").write_text("Russland kritisierte die Ukraine.\n", encoding="utf8")  # no sidecar there
    rows = [{"file": "a.txt", "id": "a-1", "title": "Erster", "date": "2016-10-05", "lang": "de", "desk": "Politik"},
            {"file": "b.html", "title": "Neuer Titel"}]
    (folder / "metadata.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf8")
    docs = {d.source.rsplit("/", 1)[-1]: d for d in _docs(_folder_items(folder))}
    assert sorted(docs) == ["a.txt", "b.html", "c.txt"]
    a = docs["a.txt"]
    assert (a.external_id, a.title, str(a.date), a.lang, a.meta) == ("a-1", "Erster", "2016-10-05", "de", {"desk": "Politik"})
    b = docs["b.html"]
    assert (b.title, b.author, str(b.date)) == ("Neuer Titel", "Anna Muster", "2024-03-05")  # sidecar over page
    assert docs["c.txt"].title is None


def test_a_sidecar_line_naming_a_missing_file_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(KNOWN, encoding="utf8")
    (tmp_path / "metadata.jsonl").write_text('{"file": "a.txt"}\n{"file": "gone.txt"}\n', encoding="utf8")
    items = _folder_items(tmp_path)
    [error] = _errors(items)
    assert error.startswith(f"[E017] {tmp_path / 'metadata.jsonl'}:2:") and "'gone.txt'" in error
    assert [d.source.rsplit("/", 1)[-1] for d in _docs(items)] == ["a.txt"]  # the good line still applies


def test_a_metadata_jsonl_with_texts_is_an_ordinary_input(tmp_path):
    (tmp_path / "metadata.jsonl").write_text(json.dumps({"file": "x", "text": KNOWN}) + "\n", encoding="utf8")
    [doc] = _docs(_folder_items(tmp_path))
    assert doc.text == KNOWN and doc.meta == {"file": "x"}


def test_truncated_html_is_refused(tmp_path):
    items = _items(tmp_path, "cut.html", ARTICLE[: len(ARTICLE) // 2])
    [line] = _errors(items)
    assert line.startswith("[E023]") and "cut.html" in line and "\n" not in line


def test_html_without_article_text(tmp_path):
    page = f"<html><body><nav><ul><li>{KNOWN}</li><li>Sport</li></ul></nav><footer><p>{KNOWN} Impressum</p></footer></body></html>"
    [line] = _errors(_items(tmp_path, "nav.html", page))
    assert line.startswith("[E016]") and "nav.html" in line


def test_jsonl_records_and_bad_lines(tmp_path):
    content = "\n".join([
        json.dumps({"id": "x1", "text": KNOWN, "date": "2024-03-05T10:00:00Z", "url": "http://a", "feed": "dpa"}),
        "{bad json",
        json.dumps({"id": "x2", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Ein Text.", "date": "5.3.2024"}),
        "",
        json.dumps({"text": "Russia attacked Ukraine.", "lang": "en"}),
    ])
    items = _items(tmp_path, "d.jsonl", content)
    docs, errors = _docs(items), _errors(items)
    assert [d.external_id for d in docs] == ["x1", None]
    assert str(docs[0].date) == "2024-03-05" and docs[0].url == "http://a" and docs[0].meta == {"feed": "dpa"}
    assert docs[1].lang == "en" and docs[1].source.endswith("d.jsonl:7")
    assert [e[:6] for e in errors] == ["[E015]", "[E017]", "[E015]", "[E014]"]
    assert [e.split(": ")[0].rsplit(":", 1)[1] for e in errors] == ["2", "3", "4", "5"]


def test_csv_and_tsv(tmp_path):
    items = _items(tmp_path, "d.csv", f'id,text,date,lang,url\n1,"{KNOWN}",2024-03-05,de,http://a\n2,,2024-03-06,de,\n3,"Zwei\nZeilen.",,de,\n4,too,many,cells,here,x\n')
    docs, errors = _docs(items), _errors(items)
    assert [d.external_id for d in docs] == ["1", "3"] and docs[1].text == "Zwei\nZeilen."
    assert errors[0].startswith("[E001]") and "d.csv:3" in errors[0]
    assert errors[1].startswith("[E017]") and "d.csv:6" in errors[1]
    [doc] = _docs(_items(tmp_path, "d.tsv", f"text\ttitle\n{KNOWN}\tT\n"))
    assert doc.title == "T"
    [line] = _errors(_items(tmp_path, "e.csv", "body,title\nx,y\n"))
    assert line.startswith("[E018]") and "no 'text' column" in line


def test_parquet(tmp_path):
    path = tmp_path / "d.parquet"
    duckdb.sql(f"COPY (SELECT * FROM (VALUES ('p1', '{KNOWN}', DATE '2024-03-05'), ('p2', NULL, NULL)) t(id, text, date)) "
               f"TO '{path}' (FORMAT parquet)")
    items = [i for s in expand([str(path)]) for i in read(s)]
    assert [d.external_id for d in _docs(items)] == ["p1"] and str(_docs(items)[0].date) == "2024-03-05"
    [line] = _errors(items)
    assert line.startswith("[E017]") and "d.parquet:2" in line
    [line] = _errors(_items(tmp_path, "bad.parquet", b"PAR1 not really"))
    assert line.startswith("[E018]") and "bad.parquet" in line and "\n" not in line


@pytest.mark.parametrize("content, code", [
    (b"\x00\x01\x02binary\x00", "E002"),
    (b"", "E001"),
    (b"  \n\t ", "E001"),
    (bytes(range(128, 256)) * 4, "E003"),
])
def test_bad_files(tmp_path, content, code):
    [line] = _errors(_items(tmp_path, "bad.txt", content))
    assert line.startswith(f"[{code}]") and "bad.txt" in line and "\n" not in line


def test_directories_globs_and_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B", encoding="utf8")
    (tmp_path / "a.txt").write_text("A", encoding="utf8")
    (tmp_path / "skip.bin").write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text("H", encoding="utf8")
    found = list(expand([str(tmp_path)]))
    assert [s.path.rsplit("/", 1)[1] for s in found] == ["a.txt", "b.txt"]
    assert [s.fmt for s in expand([str(tmp_path / "**" / "*.txt")])] == ["text", "text"]
    [nothing] = list(expand([str(tmp_path / "*.nope")]))
    assert isinstance(nothing, LagebildError) and nothing.code.name == "E019"
    [missing] = list(expand([str(tmp_path / "missing.txt")]))
    assert isinstance(missing, LagebildError) and missing.code.name == "E008"
    with pytest.raises(LagebildError):
        list(expand(["x"], "docx"))


@pytest.mark.parametrize("data, kind", [
    (ARTICLE, "html"), (json.dumps({"text": KNOWN}) + "\n", "jsonl"), (KNOWN, "text"),
])
def test_stdin_is_sniffed(data, kind):
    [doc] = list(read(Source("-", "auto"), stdin=io.BytesIO(data.encode("utf8"))))
    assert doc.source.startswith("<stdin>")
    assert ("Frankreich" in doc.text) if kind == "html" else (doc.text.strip() == KNOWN)


# -- ingest ------------------------------------------------------------------------------------


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "in").mkdir()
    d = tmp_path / "in"
    (d / "a.txt").write_text(KNOWN, encoding="utf8")
    (d / "b.bin.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "empty.txt").write_bytes(b"")
    (d / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 4)
    (d / "cut.html").write_text(ARTICLE[:300], encoding="utf8")
    (d / "page.html").write_text(ARTICLE, encoding="utf8")
    (d / "d.jsonl").write_text(json.dumps({"id": "j1", "text": "Zweiter Text. " + KNOWN}) + "\n{bad\n", encoding="utf8")
    (d / "nolang.txt").write_text("UNCODABLE", encoding="utf8")
    return d


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path, batch):
    printed = []
    with open_store(tmp_path / "s.duckdb") as store:
        report = ingest([str(batch)], store, coder=fake_coder(), on_error=printed.append)
        assert (report.stored, report.failed, report.events) == (3, 6, 2)
        assert printed == report.errors and all("\n" not in line for line in printed)
        assert sorted(line[1:5] for line in printed) == ["E001", "E002", "E003", "E007", "E015", "E023"]
        for name in ("b.bin.txt", "empty.txt", "undecodable.txt", "cut.html", "d.jsonl:2", "nolang.txt"):
            assert any(name in line for line in printed), name
        subjects = {r[0].rsplit("/", 1)[1] for r in store.sql("SELECT subject FROM ingest_errors")[1]}
        assert subjects == {"b.bin.txt", "empty.txt", "undecodable.txt", "cut.html", "d.jsonl:2", "nolang.txt"}
        assert store.sql("SELECT count(*) FROM events")[1] == [(2,)]
        run = store.sql("SELECT docs_stored, docs_failed, events_stored, pipelines, coder_version FROM coding_runs")[1]
        assert run == [(3, 6, 2, '{"de": "fake"}', "1.0+000000000000")]


def test_reingest_is_idempotent(tmp_path, batch):
    with open_store(tmp_path / "s.duckdb") as store:
        ingest([str(batch)], store, coder=fake_coder())
        before = store.sql("SELECT id, coded_at FROM documents ORDER BY id")[1]
        report = ingest([str(batch)], store, coder=fake_coder())
        assert (report.stored, report.skipped) == (0, 3)
        assert store.sql("SELECT id, coded_at FROM documents ORDER BY id")[1] == before
        assert store.counts()["events"] == 2


def test_same_content_twice_is_one_document(tmp_path):
    (tmp_path / "a.txt").write_text(KNOWN, encoding="utf8")
    (tmp_path / "b.txt").write_text("  " + KNOWN.replace(" ", "\n", 2) + "\n", encoding="utf8")
    with open_store(tmp_path / "s.duckdb") as store:
        report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "a.txt")], store, coder=fake_coder())
        assert (report.stored, report.skipped) == (1, 2)
        assert store.counts() == {"documents": 1, "events": 1, "coding_runs": 1, "ingest_errors": 0}


def test_recode_only_with_the_flag_and_only_stale(tmp_path, batch):
    with open_store(tmp_path / "s.duckdb") as store:
        ingest([str(batch)], store, coder=fake_coder("1.0"))
        first_ids = store.sql("SELECT min(event_id) FROM events")[1]
        report = ingest([str(batch)], store, coder=fake_coder("2.0"))
        assert (report.recoded, report.skipped) == (0, 3)
        report = ingest([str(batch / "a.txt")], store, coder=fake_coder("2.0"), recode=True)
        assert (report.recoded, report.stored) == (1, 0)
        assert store.sql("SELECT coder_version, count(*) FROM documents GROUP BY 1 ORDER BY 1")[1] == [
            ("1.0+000000000000", 2), ("2.0+000000000000", 1)]
        report = ingest([], store, coder=fake_coder("2.0"), recode=True)  # every stale document
        assert report.recoded == 2
        assert store.sql("SELECT DISTINCT coder_version FROM events")[1] == [("2.0+000000000000",)]
        assert store.counts()["events"] == 2 and store.sql("SELECT min(event_id) FROM events")[1] != first_ids
        assert ingest([], store, coder=fake_coder("2.0"), recode=True).recoded == 0


def test_progress_is_quiet_off_a_terminal():
    stream = io.StringIO()
    with progress_for(stream) as progress:
        progress.total(3)
        progress.advance()
        progress.echo("error: x")
    assert stream.getvalue() == "error: x\n"


def test_progress_bar_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    with progress_for(stream) as progress:
        progress.total(2)
        progress.advance()
        progress.advance()
        progress.echo("error: [E001] a.txt: input is empty or whitespace only")
    out = stream.getvalue()
    assert "2/2" in out and "error: [E001] a.txt" in out


# -- with the pipelines ------------------------------------------------------------------------


@pytest.mark.model
def test_boilerplate_makes_no_events(tmp_path):
    (tmp_path / "page.html").write_text(ARTICLE, encoding="utf8")
    with open_store(tmp_path / "s.duckdb") as store:
        report = ingest([str(tmp_path / "page.html")], store)
        assert report.stored == 1 and report.failed == 0
        assert store.sql("SELECT count(*) FROM events WHERE cameo = '164' OR trigger_text = 'brachen'")[1] == [(0,)]
        assert store.sql("SELECT lang, title FROM documents")[1] == [("de", "Gespräche abgebrochen")]
        pipelines = json.loads(store.sql("SELECT pipelines FROM coding_runs")[1][0][0])
        assert set(pipelines) == {"de"}


# -- the commands --------------------------------------------------------------------------------


def _cli(*args, stdin=None):
    from typer.testing import CliRunner

    from lagebild.cli import app

    return CliRunner().invoke(app, list(args), input=stdin)


def test_cli_without_paths_or_store(tmp_path):
    result = _cli("ingest", "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2 and result.stderr.startswith("error: give at least one PATH")
    result = _cli("query", "--db", str(tmp_path / "none.duckdb"), "top-actors")
    assert result.exit_code == 1 and result.stderr.strip().startswith("error: [E008]")
    result = _cli("export", "--db", str(tmp_path / "none.duckdb"), "--format", "gdelt")
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.model
def test_cli_ingest_export_query(tmp_path):
    db = str(tmp_path / "s.duckdb")
    (tmp_path / "a.txt").write_text(KNOWN, encoding="utf8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    result = _cli("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: [E002] {tmp_path / 'b.txt'}: input looks binary, not text"]
    assert result.stdout.startswith("1 documents stored, 0 recoded, 0 skipped, 1 failed; 1 events")
    result = _cli("ingest", "-", "--db", db, stdin=KNOWN.encode("utf8"))
    assert result.exit_code == 0 and "0 documents stored, 0 recoded, 1 skipped" in result.stdout

    out = tmp_path / "e.tsv"
    assert _cli("export", "--db", db, "--format", "gdelt", "--out", str(out)).exit_code == 0
    header, row = [line.split("\t") for line in out.read_text(encoding="utf8").splitlines()]
    got = dict(zip(header, row))
    assert (got["Actor1Code"], got["EventCode"], got["Actor2Code"], got["QuadClass"]) == ("USA", "164", "RUS", "4")
    assert got["SOURCEURL"].endswith("a.txt")
    result = _cli("export", "--db", db, "--format", "plover")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["actor"]["code"], record["event_type"], record["recipient"]["code"]) == ("USA", "SANCTION", "RUS")
    assert _cli("export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "e.parquet")).exit_code == 0
    assert duckdb.sql(f"SELECT cameo FROM read_parquet('{tmp_path / 'e.parquet'}')").fetchall() == [("164",)]
    assert _cli("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "e.csv")).exit_code == 0
    assert len((tmp_path / "e.csv").read_text(encoding="utf8").splitlines()) == 2

    result = _cli("query", "--db", db, "dyad", "USA", "RUS", "--json")
    assert json.loads(result.stdout)["cameo"] == "164"
    assert "USA" in _cli("query", "--db", db, "top-actors").stdout
    assert _cli("query", "--db", db, "counts", "--by", "quadclass").stdout.splitlines()[1].split()[:2] == ["4", "1"]
    assert _cli("query", "--db", db, "sql", "SELECT count(*) AS n FROM documents").stdout.split() == ["n", "1"]
    result = _cli("query", "--db", db, "sql", "DELETE FROM documents")
    assert result.exit_code == 1 and result.stderr.startswith("error: [E022]")
    assert len(result.stderr.strip().splitlines()) == 1
