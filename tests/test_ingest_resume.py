"""Kill -9 in the middle of `lagebild ingest`, run it again, and the store is as if it had run once:
every document exactly once, each with all its events, no event twice."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from store_fakes import KNOWN

from lagebild.ingest import INGEST_BATCH_SIZE
from lagebild.store import open_store

CHILD = Path(__file__).parent / "ingest_child.py"
N = 240


def _corpus(root: Path) -> Path:
    d = root / "in"
    d.mkdir()
    for n in range(N):
        # 1–3 events per document, and text that makes each document distinct
        body = " ".join([f"Meldung {n}: Bericht aus Stadt {n * 7}."] + [KNOWN] * (1 + n % 3))
        (d / f"doc{n:04d}.txt").write_text(body, encoding="utf8")
    return d


def _start(marker: Path, delay: float, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), str(marker), str(delay), "ingest", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf8").splitlines()) if path.exists() else 0


def _snapshot(db: Path):
    with open_store(db, read_only=True) as store:
        docs = store.sql("SELECT id, source FROM documents ORDER BY id")[1]
        events = store.sql(
            "SELECT doc_id, mention, sentence, cameo, source_code, target_code, trigger_start, trigger_end "
            "FROM events ORDER BY doc_id, mention")[1]
        dup_events = store.sql("SELECT doc_id, mention FROM events GROUP BY ALL HAVING count(*) > 1")[1]
        dup_docs = store.sql("SELECT id FROM documents GROUP BY id HAVING count(*) > 1")[1]
        bare = store.sql("SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id)")[1]
        orphans = store.sql("SELECT DISTINCT doc_id FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id)")[1]
        runs = store.sql("SELECT run_id, finished_at IS NOT NULL, docs_stored FROM coding_runs ORDER BY run_id")[1]
    return docs, events, dup_events, dup_docs, bare, orphans, runs


def test_kill_9_mid_ingest_then_resume(tmp_path):
    corpus = _corpus(tmp_path)
    db = tmp_path / "killed.duckdb"
    marker = tmp_path / "coded.txt"
    stored_at_kill = []
    for kill in range(3):  # kill it three times at different points, then let it finish
        proc = _start(marker, 0.01, str(corpus), "--db", str(db))
        # (a batch and a half past where it started: one batch committed, the next under way)
        target = _lines(marker) + INGEST_BATCH_SIZE + INGEST_BATCH_SIZE // 2
        deadline = time.monotonic() + 30
        while _lines(marker) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, f"the child finished before kill {kill}: {proc.communicate()}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        docs, _, dup_events, dup_docs, bare, orphans, _ = _snapshot(db)
        assert (dup_events, dup_docs, bare, orphans) == ([], [], [], [])  # whole documents only, even mid-run
        stored_at_kill.append(len(docs))
    assert 0 < stored_at_kill[0] < stored_at_kill[1] < stored_at_kill[2] < N

    proc = _start(marker, 0.0, str(corpus), "--db", str(db))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.startswith(f"{N - stored_at_kill[-1]} documents stored, 0 recoded, {stored_at_kill[-1]} skipped, 0 failed")

    clean = tmp_path / "clean.duckdb"
    proc = _start(tmp_path / "clean.txt", 0.0, str(corpus), "--db", str(clean))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.startswith(f"{N} documents stored"), err

    docs, events, dup_events, dup_docs, bare, orphans, runs = _snapshot(db)
    clean_docs, clean_events, *_ = _snapshot(clean)
    assert len(docs) == N and docs == clean_docs
    assert len(events) == sum(1 + n % 3 for n in range(N)) and events == clean_events
    assert (dup_events, dup_docs, bare, orphans) == ([], [], [], [])
    # the killed runs stay recorded as unfinished; the last one finished with the rest
    assert [r[1] for r in runs] == [False, False, False, True] and runs[-1][2] == N - stored_at_kill[-1]
