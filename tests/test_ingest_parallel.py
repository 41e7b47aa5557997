"""One process, N processes and Ray tasks code and store the same events."""

import json

import pytest
from store_fakes import KNOWN, fake_coder

from lagebild.ingest import ingest
from lagebild.store import open_store

ROWS = "SELECT doc_id, mention, sentence, cameo, source_code, target_code, trigger_start, trigger_end, coder_version FROM events ORDER BY ALL"


def _corpus(tmp_path, n=120):
    d = tmp_path / "in"
    d.mkdir()
    with (d / "a.jsonl").open("w", encoding="utf8") as out:
        for i in range(n):
            out.write(json.dumps({"id": str(i), "text": f"Meldung {i}. " + " ".join([KNOWN] * (1 + i % 3))}) + "\n")
            if i % 20 == 0:
                out.write("{bad json\n")
                out.write(json.dumps({"text": f"UNCODABLE {i}"}) + "\n")
    (d / "b.txt").write_text(KNOWN, encoding="utf8")
    return d


def _run(tmp_path, name, **kwargs):
    corpus = tmp_path / "in"
    with open_store(tmp_path / f"{name}.duckdb") as store:
        report = ingest([str(corpus)], store, batch_size=8, **kwargs)
        rows = store.sql(ROWS)[1]
        docs = store.sql("SELECT id, source, run_id, coder_version FROM documents ORDER BY id")[1]
        errors = sorted(store.sql("SELECT subject, code FROM ingest_errors")[1])
        # events across articles, as (doc_id, mention) sets: event ids differ with the engine, members must not
        members = store.sql("SELECT list((e.doc_id, e.mention) ORDER BY e.doc_id, e.mention) FROM event_clusters c "
                            "JOIN events e USING (event_id) GROUP BY c.cluster_id ORDER BY 1")[1]
        assert members and sum(len(m[0]) for m in members) == len(rows)
        again = ingest([str(corpus)], store, batch_size=8, **kwargs)  # idempotent in parallel too
        assert (again.stored, again.skipped) == (0, report.stored)
    return report.counts(), rows, docs, errors, members


def test_processes_and_ray_store_the_same(tmp_path):
    _corpus(tmp_path)
    one = _run(tmp_path, "one", coder=fake_coder())
    assert one[0] == {"stored": 121, "recoded": 0, "skipped": 0, "failed": 12, "events": 241}
    assert _run(tmp_path, "procs", workers=2, coder_factory=fake_coder) == one
    pytest.importorskip("ray")
    parts = tmp_path / "parts"
    assert _run(tmp_path, "ray", workers=2, engine="ray", coder_factory=fake_coder, parquet_dir=str(parts)) == one
    assert sorted(p.parent.name for p in (parts / "run-1").rglob("*.parquet"))[:1] == ["documents"]
    with open_store(tmp_path / "attached.duckdb") as store:  # the partitions attach to any store
        assert store.attach_parquet(parts / "run-1") == (121, 0)
        assert store.sql(ROWS)[1] == one[1]
        assert store.attach_parquet(parts / "run-1") == (0, 121)  # again: replaces, never duplicates
        assert store.sql(ROWS)[1] == one[1]


def test_parallel_recode(tmp_path):
    _corpus(tmp_path, 30)
    with open_store(tmp_path / "s.duckdb") as store:
        ingest([str(tmp_path / "in")], store, coder=fake_coder("1.0"))
        report = ingest([], store, recode=True, workers=2, coder_factory=_fake_v2)
        assert (report.recoded, report.stored) == (31, 0)
        assert store.sql("SELECT DISTINCT coder_version FROM events")[1] == [("2.0+000000000000",)]
        assert store.counts()["events"] == sum(1 + i % 3 for i in range(30)) + 1


def _fake_v2():
    return fake_coder("2.0")
