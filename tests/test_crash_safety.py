"""Crash-safe ingest: ``dyad ingest`` killed with SIGKILL mid-way, twice, then re-run, leaves
exactly the store a clean single run makes: every page once, every event once, no damage.

The corpus is 2,000 short pages in the sample corpus's shapes (``tests/hostile/corpus.py``)
plus pages that must be refused, so "every valid page exactly once" is checked against a
number we know. The kill lands while a batch is open (small batches, polled read-only), which
is the case a transaction per batch exists for.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from dyad.store.db import connect
from dyad.store.ingest import IngestOptions, ingest
from hostile.corpus import write_corpus

PAGES = 2000
REFUSED = {
    "empty-1.txt": b"",
    "english.txt": b"Plain English, not an article.\n",
    "png.txt": b"\x89PNG\r\n\x1a\n",
}


def _cli(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", "from dyad.cli import main; main()", "ingest", str(folder), "--db", str(db)]
    cmd += ["--workers", "2", "--batch-size", "25", "--quiet"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _documents(db: Path) -> int:
    """Documents committed so far, read through a read-only connection (never blocks the writer)."""
    try:
        with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _kill_when(proc: subprocess.Popen[bytes], db: Path, documents: int, timeout: float = 90) -> int:
    """SIGKILL the whole ingest (parent and workers) once ``documents`` are committed."""
    deadline = time.monotonic() + timeout
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        seen = _documents(db)
        if seen >= documents:
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"ingest ended before the kill ({seen} documents): {proc.stderr.read()!r}"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return seen


def _state(db: Path) -> dict[str, object]:
    """What must match a clean run: counts, ids, and the derived per-actor figures."""
    with closing(sqlite3.connect(db)) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "content_hashes": one("SELECT count(DISTINCT content_hash) FROM documents"),
            "names": one("SELECT count(*) FROM document_names"),
            "events": one("SELECT count(*) FROM events"),
            "event_ids": {r[0] for r in conn.execute("SELECT id FROM events")},
            "participants": one("SELECT count(*) FROM participants"),
            "events_fts": one("SELECT count(*) FROM events_fts"),
            "documents_fts": one("SELECT count(*) FROM documents_fts"),
            "errors": sorted(conn.execute("SELECT path, reason FROM ingest_errors").fetchall()),
            "actors": sorted(conn.execute("SELECT id, n_documents, n_events FROM actors").fetchall()),
            "near_duplicates": one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
        }


def test_killed_twice_then_rerun_equals_one_clean_run(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_corpus(folder, PAGES)
    for name, data in REFUSED.items():
        (folder / name).write_bytes(data)

    killed = tmp_path / "killed.db"
    first = _kill_when(_cli(folder, killed), killed, 150)
    second = _kill_when(_cli(folder, killed), killed, first + 400)
    finish = _cli(folder, killed)
    _, err = finish.communicate(timeout=240)
    assert finish.returncode == 0, err.decode()[-2000:]
    assert 0 < first < second < PAGES

    clean = tmp_path / "clean.db"
    with closing(connect(clean)) as conn:
        ingest(conn, [folder], IngestOptions(workers=2))

    with closing(sqlite3.connect(killed)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        duplicated = conn.execute("SELECT id FROM events GROUP BY id HAVING count(*) > 1").fetchall()
        assert duplicated == [], "an event stored twice"
        unnamed = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM document_names n WHERE n.document_id = d.id)"
        ).fetchone()[0]
        assert unnamed == 0
    got, want = _state(killed), _state(clean)
    assert got["documents"] == got["content_hashes"] == got["names"] == PAGES
    assert got["events"] == len(got["event_ids"]) == want["events"] > PAGES  # type: ignore[operator]
    assert got["events_fts"] == got["events"] and got["documents_fts"] == got["documents"]
    assert [p for p, _ in got["errors"]] == sorted(str(folder / n) for n in REFUSED)  # type: ignore[union-attr]
    for key in want:
        assert got[key] == want[key], f"{key} differs from a clean run"
