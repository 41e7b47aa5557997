"""`lagebild code`: the output contract, batch JSONL with per-document errors, factuality
filtering in the table, and one-line errors for bad options."""

import json

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()
pytestmark = pytest.mark.model

EVENT_FIELDS = {
    "doc_id", "sentence", "sentence_text", "source", "target", "cameo", "cameo_root", "plover",
    "quad_class", "goldstein", "factuality", "trigger", "pattern", "lang",
}
ACTOR_FIELDS = {"text", "code", "country", "sector", "start", "end"}


def test_jsonl_batch_codes_each_document_and_reports_bad_lines_without_stopping():
    lines = [
        json.dumps({"id": "a", "text": "Die USA brachen die Gespräche mit Russland ab.", "lang": "de"}),
        "{not json",
        json.dumps({"id": "b", "text": "The United States suspended talks with Russia."}),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": "x", "date": "2016-13-45"}),
    ]
    result = runner.invoke(app, ["code", "-", "--input-format", "jsonl", "--format", "jsonl"], input="\n".join(lines))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "<stdin>:2", "b", "c", "<stdin>:5"]
    by_id = {o["id"]: o for o in out}
    assert by_id["<stdin>:2"]["error"].startswith("[E015]") and "events" not in by_id["<stdin>:2"]
    assert by_id["<stdin>:5"]["error"].startswith("[E014]")
    assert by_id["c"]["events"] == []
    for doc_id in ("a", "b"):
        events = by_id[doc_id]["events"]
        halted = [e for e in events if e["cameo"] == "164"]
        assert halted, events
        event = halted[0]
        assert EVENT_FIELDS <= set(event)
        assert ACTOR_FIELDS <= set(event["source"]) and event["source"]["code"] == "USA"
        assert event["target"]["country"] == "RUS"
        assert event["cameo_root"] == "16" and event["quad_class"] == 4 and event["factuality"] == "asserted"
        text = by_id[doc_id] and lines[0 if doc_id == "a" else 2]
        sentence = json.loads(text)["text"]
        # Offsets point into the document: the evidence is where the event says it is.
        assert sentence[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
        assert sentence[event["source"]["start"]:event["source"]["end"]] == event["source"]["text"]


def test_table_hides_non_asserted_events_unless_all():
    text = "Die USA könnten den Rebellen Waffen liefern."
    shown = runner.invoke(app, ["code", "-", "--lang", "de"], input=text)
    assert shown.exit_code == 0, shown.output
    assert "hypothetical" in shown.stdout and "not shown" in shown.stdout
    assert " 072 " not in shown.stdout
    everything = runner.invoke(app, ["code", "-", "--lang", "de", "--all"], input=text)
    assert " 072 " in everything.stdout and "[hypothetical: könnten]" in everything.stdout


def test_unknown_format_and_bad_date_are_one_line_errors():
    bad_format = runner.invoke(app, ["code", "-", "--format", "xml"], input="Text.")
    assert bad_format.exit_code == 1 and bad_format.stderr.strip().startswith("error: [E011]")
    bad_date = runner.invoke(app, ["code", "-", "--date", "gestern"], input="Russland griff an.")
    assert bad_date.exit_code == 1 and bad_date.stderr.strip().startswith("error: [E014] --date")
    assert "Traceback" not in bad_date.output
