"""dyad ingest: idempotence, names, archives and crawls, bad inputs, batches and crashes."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from dyad.store import writer as writer_module
from dyad.store.db import connect
from dyad.store.ingest import IngestOptions, ingest
from dyad.store.sources import Limits, iter_items
from test_store_support import FILLER, TALKS, TALKS_TITLE, page, write_pages

TABLES = [
    "documents",
    "document_names",
    "spans",
    "teasers",
    "actors",
    "aliases",
    "offices",
    "events",
    "participants",
    "event_clusters",
    "minhash_bands",
    "ingest_errors",
]


def corpus(n: int = 6) -> dict[str, str]:
    pages = {}
    for i in range(n):
        pages[f"p{i:03d}.txt"] = page(
            f"越南与第{i}国加强合作关系{i}",
            [
                f"第{i}号消息:越南政府副总理范平明{i}日会见了来访的代表团{i}。",
                *FILLER[i % 3 :],
                f"编号{i * 7919}。",
            ],
        )
    return pages


def counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def run(db: Path, paths: list[Path], **kw) -> object:
    with closing(connect(db)) as conn:
        return ingest(conn, paths, IngestOptions(**kw))


def test_reingest_adds_no_rows(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, corpus())
    db = tmp_path / "dyad.db"
    first = run(db, [folder], workers=2)
    before = counts(db)
    assert first.added == 6 and before["documents"] == 6
    again = run(db, [folder], workers=1)
    assert again.added == 0 and again.unchanged == 6
    assert counts(db) == before


def test_same_page_under_two_names_is_one_document(tmp_path: Path) -> None:
    text = page(TALKS_TITLE, [TALKS, *FILLER])
    paths = write_pages(tmp_path / "a", {"one.txt": text}) + write_pages(tmp_path / "b", {"copy.txt": text})
    db = tmp_path / "dyad.db"
    summary = run(db, paths, workers=1)
    assert (summary.added, summary.aliases) == (1, 1)
    with closing(connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM document_names")}
    assert names == {str(p) for p in paths}


def test_changed_page_replaces_its_old_version(tmp_path: Path) -> None:
    path = write_pages(
        tmp_path, {"p.txt": page("越南与老挝加强合作关系", ["越南与老挝签署旧协定甲乙丙。", *FILLER])}
    )[0]
    db = tmp_path / "dyad.db"
    run(db, [path], workers=1)
    path.write_text(
        page("越南与老挝加强合作关系", ["越南与老挝签署新协定丁戊己。", *FILLER]), encoding="utf-8"
    )
    summary = run(db, [path], workers=1)
    assert summary.replaced == 1
    with closing(connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert (
            conn.execute(
                "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"甲乙\"'"
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"丁戊\"'"
            ).fetchone()[0]
            == 1
        )


def _corrupt_member(archive: Path, member: str) -> None:
    """Flip bytes inside one member's compressed data: its CRC check must fail."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 5, start + 25):
        data[i] ^= 0xFF
    archive.write_bytes(bytes(data))


def test_corrupt_zip_member_is_an_error_and_the_others_ingest(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "pages.zip"
    pages = corpus(3)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in pages.items():
            zf.writestr(f"site/{name}", text)
        zf.writestr("site/logo.png", b"\x89PNG not a page")
    _corrupt_member(archive, "site/p001.txt")
    db = tmp_path / "dyad.db"
    errors: list[tuple[str, str, str]] = []
    with closing(connect(db)) as conn:
        summary = ingest(conn, [archive], IngestOptions(workers=1), on_error=lambda *e: errors.append(e))
        rows = conn.execute("SELECT path, reason FROM ingest_errors").fetchall()
        names = sorted(r[0] for r in conn.execute("SELECT name FROM document_names"))
    assert summary.added == 2 and summary.errors == 1
    assert [tuple(r) for r in rows] == [(f"{archive}!site/p001.txt", "corrupt-archive")]
    assert names == [f"{archive}!site/p000.txt", f"{archive}!site/p002.txt"]
    assert errors[0][:2] == (f"{archive}!site/p001.txt", "corrupt-archive")


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    items = list(iter_items([bad]))
    assert [(i.name, i.reason) for i in items] == [(str(bad), "corrupt-archive")]


def test_zip_bomb_is_capped_per_member_and_in_total(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", b"\xe5\x90\x88" * (4 * 1024 * 1024))  # 12 MB of 合, a few KB compressed
        for i in range(5):
            zf.writestr(f"p{i}.txt", page(f"越南与第{i}国合作", [f"第{i}条消息内容。", *FILLER]))
    items = list(iter_items([archive], Limits(member_bytes=1024 * 1024, archive_bytes=3 * 1024 * 1024)))
    assert (items[0].name, items[0].reason) == (f"{archive}!big.txt", "too-large")
    assert all(i.data is not None for i in items[1:])
    tiny = list(iter_items([archive], Limits(member_bytes=1024 * 1024, archive_bytes=2500)))
    assert tiny[-1].reason == "too-large" and tiny[-1].name == str(archive)
    assert sum(i.data is not None for i in tiny) < 5


def test_jsonl_bad_lines_are_errors_and_rerun_adds_nothing(tmp_path: Path) -> None:
    good = page(TALKS_TITLE, [TALKS, *FILLER])
    lines = [
        json.dumps(
            {"url": "https://zh.vietnamplus.vn/a.vnp", "text": good, "fetched_at": "2019-04-02T08:00:00Z"},
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"url": "https://zh.vietnamplus.vn/b.vnp"}),
        "",
    ]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "dyad.db"
    summary = run(db, [crawl], workers=1)
    assert (summary.added, summary.errors) == (1, 2)
    before = counts(db)
    with closing(connect(db)) as conn:
        doc = conn.execute("SELECT name, url, fetched_at FROM documents").fetchone()
        errs = sorted(tuple(r) for r in conn.execute("SELECT path, reason FROM ingest_errors"))
    assert tuple(doc) == (
        "https://zh.vietnamplus.vn/a.vnp",
        "https://zh.vietnamplus.vn/a.vnp",
        "2019-04-02T08:00:00Z",
    )
    assert errs == [(f"{crawl}#2", "bad-jsonl"), (f"{crawl}#3", "bad-jsonl")]
    run(db, [crawl], workers=1)
    assert counts(db) == before


def test_tar_gz_and_warc_are_read(tmp_path: Path) -> None:
    pages = corpus(2)
    tgz = tmp_path / "pages.tgz"
    with tarfile.open(tgz, "w:gz") as tf:
        for name, text in pages.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"dump/{name}")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        body = page(TALKS_TITLE, [TALKS, *FILLER]).encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1"
        )
        w.write_record(
            w.create_warc_record(
                "https://zh.vietnamplus.vn/talks.vnp",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
        )
        w.write_record(
            w.create_warc_record(
                "https://zh.vietnamplus.vn/robots.txt",
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
            )
        )
    db = tmp_path / "dyad.db"
    summary = run(db, [tgz, warc], workers=1)
    assert summary.added == 3 and summary.errors == 0
    with closing(connect(db)) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name FROM document_names"))
    assert names == sorted(
        [f"{tgz}!dump/p000.txt", f"{tgz}!dump/p001.txt", "https://zh.vietnamplus.vn/talks.vnp"]
    )


def test_truncated_tar_gz_keeps_what_was_readable(tmp_path: Path) -> None:
    tgz = tmp_path / "cut.tar.gz"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, text in corpus(3).items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    tgz.write_bytes(buf.getvalue()[: len(buf.getvalue()) * 2 // 3])
    items = list(iter_items([tgz]))
    assert items[-1].reason == "corrupt-archive"


def test_refused_pages_are_recorded_then_skipped_until_retried(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, {"empty.txt": "   \n", "latin.txt": "Hello\n\nnot an article at all\n"})
    db = tmp_path / "dyad.db"
    first = run(db, paths, workers=1)
    assert first.errors == 2
    with closing(connect(db)) as conn:
        reasons = dict(conn.execute("SELECT path, reason FROM ingest_errors").fetchall())
    assert reasons == {str(paths[0]): "empty", str(paths[1]): "not-an-article"}
    again = run(db, paths, workers=1)
    assert (again.errors, again.skipped_errors) == (0, 2)
    retried = run(db, paths, workers=1, retry_errors=True)
    assert retried.errors == 2 and counts(db)["ingest_errors"] == 2


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "dyad.db"
    summary = run(db, [tmp_path / "nowhere"], workers=1)
    assert summary.errors == 1


def test_a_failure_mid_batch_rolls_the_batch_back(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, corpus(10))
    db = tmp_path / "dyad.db"
    real = writer_module.write_document
    calls = {"n": 0}

    def flaky(conn, p, now):
        calls["n"] += 1
        if calls["n"] == 7:
            raise KeyboardInterrupt  # as if the process were stopped while writing document 7
        return real(conn, p, now)

    monkeypatch.setattr("dyad.store.ingest.write_document", flaky)
    with pytest.raises(KeyboardInterrupt):
        run(db, [folder], workers=1, batch_size=4)
    assert counts(db)["documents"] == 4  # the first batch; the half-done second batch is gone
    monkeypatch.setattr("dyad.store.ingest.write_document", real)
    summary = run(db, [folder], workers=1, batch_size=4)
    assert (summary.added, summary.unchanged) == (6, 4)
    _assert_whole(db, 10)


def _assert_whole(db: Path, expected: int | None = None) -> None:
    """Every document has its name, its search row, its paragraphs and its teasers."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        if expected is not None:
            assert docs == expected
        assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == docs
        assert (
            conn.execute(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_names n"
                " WHERE n.document_id = d.id) OR NOT EXISTS (SELECT 1 FROM spans s WHERE s.document_id = d.id"
                " AND s.kind = 'paragraph')"
            ).fetchone()[0]
            == 0
        )


def test_killed_ingest_leaves_whole_documents_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, corpus(400))
    db = tmp_path / "dyad.db"
    cmd = [
        sys.executable,
        "-c",
        "from dyad.cli import main; main()",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--workers",
        "2",
        "--batch-size",
        "7",
        "--quiet",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    seen = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with closing(sqlite3.connect(db, timeout=0.1)) as conn:
                seen = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if seen >= 20:
            break
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    _assert_whole(db)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] < 400
    with closing(connect(db)) as conn:
        summary = ingest(conn, [folder], IngestOptions(workers=2))
    assert summary.errors == 0
    _assert_whole(db, 400)


def test_gzipped_jsonl(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.jsonl.gz"
    with gzip.open(crawl, "wt", encoding="utf-8") as fh:
        fh.write(
            json.dumps({"url": "u1", "html": page(TALKS_TITLE, [TALKS, *FILLER])}, ensure_ascii=False) + "\n"
        )
    assert run(tmp_path / "d.db", [crawl], workers=1).added == 1


def _die_on_poison(doc) -> None:
    if "致命毒丸" in doc.text:
        os._exit(3)  # as an out-of-memory kill or a crash in a C extension would


def test_a_worker_that_dies_costs_one_page(tmp_path: Path, monkeypatch) -> None:
    from dyad import pipeline

    monkeypatch.setattr(pipeline, "STAGES", [("die-on-poison", _die_on_poison)])
    pages = corpus(12)
    pages["p005.txt"] = page("越南与第5国加强合作关系", ["这一页含有致命毒丸。", *FILLER])
    write_pages(tmp_path / "pages", pages)
    db = tmp_path / "dyad.db"
    summary = run(db, [tmp_path / "pages"], workers=2, chunk_size=4)
    assert (summary.added, summary.errors) == (11, 1)
    with closing(connect(db)) as conn:
        assert tuple(conn.execute("SELECT path, reason FROM ingest_errors").fetchone()) == (
            str(tmp_path / "pages" / "p005.txt"),
            "extract-crashed",
        )


def test_spans_point_into_the_raw_text(tmp_path: Path) -> None:
    path = write_pages(tmp_path, {"p.txt": page(TALKS_TITLE, [TALKS, *FILLER])})[0]
    db = tmp_path / "dyad.db"
    run(db, [path], workers=1)
    with closing(connect(db)) as conn:
        title = conn.execute("SELECT text FROM spans_text WHERE kind = 'title'").fetchone()[0]
        paragraphs = [r[0] for r in conn.execute("SELECT text FROM spans_text WHERE kind = 'paragraph' ORDER BY idx")]
        body = conn.execute("SELECT body FROM documents").fetchone()[0]
    assert title == TALKS_TITLE and "\n".join(paragraphs) == body
