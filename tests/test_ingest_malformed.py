"""1,000 malformed inputs of every kind mixed with good ones, in one `lagebild ingest` run (the real
command, in a child process, with the fake coder): each bad input gives exactly one one-line error
naming it and the reason — printed and in `ingest_errors` — never a traceback, and every good
input is stored."""

import json
import re
import subprocess
import sys
from pathlib import Path

from store_fakes import KNOWN
from test_ingest import ARTICLE

from lagebild.store import open_store

CHILD = Path(__file__).parent / "ingest_child.py"
MAX_CHARS = 5000
FILE_KINDS = ("binary", "truncated-html", "undecodable", "empty", "huge", "uncodable")
LINE_KINDS = ("bad-json", "json-no-text", "json-not-object", "json-bad-date", "csv-empty-text", "csv-extra-cells", "jsonl-huge")
EXPECTED = {"binary": "E002", "truncated-html": "E023", "undecodable": "E003", "empty": "E001", "huge": "E004",
            "uncodable": "E007", "bad-json": "E015", "json-no-text": "E017", "json-not-object": "E015",
            "json-bad-date": "E014", "csv-empty-text": "E001", "csv-extra-cells": "E017", "jsonl-huge": "E004"}


def _good(n: int) -> str:
    return f"Gute Meldung Nummer {n}. {KNOWN}"


def _corpus(root: Path):
    """Files under root/in; returns ({subject: expected code}, [good subjects])."""
    d = root / "in"
    d.mkdir()
    bad: dict[str, str] = {}
    good: list[str] = []
    good_n = 0
    # file-level kinds: 60 of each (360), plus good files between them
    for i in range(360):
        kind = FILE_KINDS[i % len(FILE_KINDS)]
        name = d / f"f{i:04d}-{kind}{'.html' if kind == 'truncated-html' else '.txt'}"
        content = {
            "binary": b"\x00\x01\x02\x03binary\x00" + bytes([i % 256]) * 40,
            "truncated-html": ARTICLE[: len(ARTICLE) // 2 + i].encode("utf8"),
            "undecodable": bytes(range(128, 256)) * 4 + bytes([i % 128 + 128]),
            "empty": b"" if i % 2 else b" \n\t \n",
            "huge": (f"Überlänge {i}. " + "Wort " * (MAX_CHARS // 5 + 10)).encode("utf8"),
            "uncodable": f"UNCODABLE {i}".encode("utf8"),
        }[kind]
        name.write_bytes(content)
        bad[str(name)] = EXPECTED[kind]
        if i % 9 == 0:
            good_file = d / f"f{i:04d}-good.txt"
            good_file.write_text(_good(good_n), encoding="utf8")
            good.append(str(good_file))
            good_n += 1
    # record-level kinds in JSON lines and CSV files: 640 bad rows, good rows in between
    for f in range(8):
        jsonl = d / f"batch{f}.jsonl"
        lines = []
        for j in range(50):
            kind = ("bad-json", "json-no-text", "json-not-object", "json-bad-date", "jsonl-huge")[j % 5]
            lines.append({
                "bad-json": '{"text": "abgeschnitten',
                "json-no-text": json.dumps({"id": f"{f}-{j}", "title": "ohne Text"}),
                "json-not-object": json.dumps([f, j]),
                "json-bad-date": json.dumps({"text": f"Datum kaputt {f} {j}", "date": "32.13.2024"}),
                "jsonl-huge": json.dumps({"text": "x " * MAX_CHARS}),
            }[kind])
            bad[f"{jsonl}:{len(lines)}"] = EXPECTED[kind]
            if j % 10 == 0:
                lines.append(json.dumps({"id": f"g{good_n}", "text": _good(good_n)}))
                good.append(f"{jsonl}:{len(lines)}")
                good_n += 1
        jsonl.write_text("\n".join(lines) + "\n", encoding="utf8")
        csv = d / f"batch{f}.csv"
        rows = ["id,text,lang"]
        for j in range(30):
            kind = ("csv-empty-text", "csv-extra-cells")[j % 2]
            rows.append(f"{f}-{j},,de" if kind == "csv-empty-text" else f"{f}-{j},zu,viele,Zellen")
            bad[f"{csv}:{len(rows)}"] = EXPECTED[kind]
            if j % 10 == 0:
                rows.append(f'c{good_n},"{_good(good_n)}",de')
                good.append(f"{csv}:{len(rows)}")
                good_n += 1
        csv.write_text("\n".join(rows) + "\n", encoding="utf8")
    return bad, good


def test_1000_malformed_inputs_one_line_each(tmp_path):
    bad, good = _corpus(tmp_path)
    assert len(bad) == 1000 and len(set(EXPECTED[k] for k in EXPECTED)) >= 8
    db = tmp_path / "s.duckdb"
    proc = subprocess.run([sys.executable, str(CHILD), str(tmp_path / "coded.txt"), "0", "ingest", str(tmp_path / "in"),
                           "--db", str(db), "--max-chars", str(MAX_CHARS)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert proc.stdout.strip() == f"{len(good)} documents stored, 0 recoded, 0 skipped, 1000 failed; {len(good)} events (run 1)"
    lines = proc.stderr.splitlines()
    assert len(lines) == 1000
    pattern = re.compile(r"^error: \[(E\d{3})\] (\S+): (\S.*)$")
    printed: dict[str, str] = {}
    for line in lines:
        match = pattern.match(line)
        assert match, line
        code, subject, _reason = match.groups()
        assert subject not in printed, f"two errors for {subject}"
        printed[subject] = code
    assert printed == bad
    with open_store(db, read_only=True) as store:
        rows = store.sql("SELECT subject, code, message FROM ingest_errors")[1]
        assert {s: c for s, c, _ in rows} == bad and len(rows) == 1000
        assert sorted(f"error: {m}" for _, _, m in rows) == sorted(lines)
        stored = [s for (s,) in store.sql("SELECT source FROM documents")[1]]
        assert sorted(stored) == sorted(good)
        assert store.sql("SELECT docs_stored, docs_failed FROM coding_runs")[1] == [(len(good), 1000)]
