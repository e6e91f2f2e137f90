"""``dyad ingest``: pages in, documents out; parallel extraction, one writer, batch commits.

The parent process reads the inputs, hashes each page and skips what the store already holds
under that name; new content goes, in chunks, to a pool of worker processes that run
``dyad.extract`` and ``prepare``; the parent writes the results *in input order* (so ids and
duplicate links do not depend on scheduling) in transactions of ``batch_size`` documents.
A document is the unit of idempotence, a batch the unit of durability: a killed ingest
leaves whole documents or none, and re-running it picks up where it stopped.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dyad.document import Document, DyadInputError
from dyad.pipeline import extract
from dyad.store.prepare import Failed, Prepared, content_hash, prepare
from dyad.store.sources import Limits, SourceItem, iter_items
from dyad.store.writer import (
    Outcome,
    add_name,
    ensure_search_index,
    hold_search,
    release_search,
    write_document,
)

__all__ = ["IngestOptions", "IngestSummary", "add_document", "ingest", "now_iso", "record_error"]

ErrorHook = Callable[[str, str, str], None]
ProgressHook = Callable[["IngestSummary"], None]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class IngestOptions:
    """How to ingest: worker processes, documents per transaction, archive caps, retries."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = 256
    chunk_size: int = 16  # pages per task sent to a worker (amortises the IPC)
    limits: Limits = field(default_factory=Limits)
    retry_errors: bool = False  # re-extract pages that failed before with the same bytes


@dataclass(slots=True)
class IngestSummary:
    """Counts of one run: seen = added + replaced + aliases + unchanged + skipped_errors + errors."""

    seen: int = 0
    added: int = 0
    replaced: int = 0  # a name whose content changed: the new version replaced the old
    aliases: int = 0  # known content under a new name
    unchanged: int = 0  # same name, same bytes: nothing to do
    skipped_errors: int = 0  # same bytes failed before (use --retry-errors)
    errors: int = 0
    near_duplicates: int = 0
    teaser_links: int = 0
    events: int = 0
    seconds: float = 0.0
    workers: int = 1

    @property
    def pages_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "pages_per_second": round(self.pages_per_second, 1)}


@dataclass(slots=True)
class _Work:
    name: str
    source: str
    digest: str
    data: bytes
    meta: dict[str, Any]


def _extract_one(item: _Work) -> Prepared | Failed:
    try:
        doc = extract(item.data, url=item.meta.get("url"), meta=item.meta)
        return prepare(doc, item.name, digest=item.digest, source=item.source, meta=item.meta)
    except DyadInputError as exc:
        return Failed(item.name, item.source, exc.reason, str(exc), item.digest)
    except Exception as exc:  # a pipeline bug must cost one page, not the batch
        return Failed(item.name, item.source, "extract-failed", f"{type(exc).__name__}: {exc}", item.digest)


def _extract_chunk(items: list[_Work]) -> list[Prepared | Failed]:
    return [_extract_one(item) for item in items]


@dataclass(slots=True)
class _Pending:
    """A chunk sent to the workers: its items (to retry them) and its future or its results."""

    items: list[_Work]
    future: Future | None = None
    pool: ProcessPoolExecutor | None = None
    results: list[Prepared | Failed] | None = None


class _Extractor:
    """Runs chunks of pages in worker processes (or inline with one worker).

    A worker that dies (out of memory, a crash in a C extension) breaks the whole pool: the
    pool is restarted, and the chunks it held are re-run one page at a time in a separate
    one-process pool, so only the page that kills its process is lost (``extract-crashed``).
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
        self.solo: ProcessPoolExecutor | None = None

    def submit(self, items: list[_Work]) -> _Pending:
        if self.pool is None:
            return _Pending(items, results=_extract_chunk(items))
        return _Pending(items, self.pool.submit(_extract_chunk, items), self.pool)

    def results(self, pending: _Pending) -> list[Prepared | Failed]:
        if pending.results is not None:
            return pending.results
        assert pending.future is not None
        try:
            return pending.future.result()
        except BrokenProcessPool:
            if pending.pool is self.pool:
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = ProcessPoolExecutor(max_workers=self.workers)
            return [self._alone(item) for item in pending.items]

    def _alone(self, item: _Work) -> Prepared | Failed:
        if self.solo is None:
            self.solo = ProcessPoolExecutor(max_workers=1)
        try:
            return self.solo.submit(_extract_one, item).result()
        except BrokenProcessPool:
            self.solo.shutdown(wait=False, cancel_futures=True)
            self.solo = None
            return Failed(
                item.name,
                item.source,
                "extract-crashed",
                "the extraction process died on this page",
                item.digest,
            )

    def close(self) -> None:
        for pool in (self.pool, self.solo):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


def record_error(
    conn: sqlite3.Connection,
    path: str,
    reason: str,
    message: str,
    digest: str | None = None,
    run_id: int | None = None,
) -> None:
    """Keep the latest failure per (path, reason): re-running a bad input adds no rows."""
    conn.execute(
        "INSERT INTO ingest_errors (path, reason, message, content_hash, at, run_id)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (path, reason) DO UPDATE SET message = excluded.message,"
        " content_hash = excluded.content_hash, at = excluded.at, run_id = excluded.run_id",
        (path, reason, message, digest, now_iso(), run_id),
    )


def add_document(
    conn: sqlite3.Connection,
    doc: Document,
    name: str,
    *,
    raw: bytes | str | None = None,
    source: str | None = None,
) -> Outcome:
    """Write one already-extracted Document in its own transaction (the web app and tests use it)."""
    from dyad.store.db import transaction

    digest = content_hash(raw if raw is not None else doc.text)
    with transaction(conn):
        return write_document(conn, prepare(doc, name, digest=digest, source=source), now_iso())


class _Writer:
    """Applies results in order and commits every ``batch_size`` documents.

    The batch's search-index rows are held in ``search`` and written just before COMMIT;
    ``close`` hands the connection back to inline search writes.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        summary: IngestSummary,
        run_id: int,
        batch_size: int,
        on_error: ErrorHook | None,
    ) -> None:
        self.conn, self.summary, self.run_id = conn, summary, run_id
        self.batch_size, self.on_error = batch_size, on_error
        self.search = hold_search(conn)
        self.pending = 0
        self.now = now_iso()

    def begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.search.flush(self.conn)
            self.conn.execute("COMMIT")
        self.pending = 0
        self.now = now_iso()

    def rollback(self) -> None:
        self.search.clear()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        release_search(self.conn, self.search)

    def error(self, name: str, reason: str, message: str, digest: str | None = None) -> None:
        self.begin()
        record_error(self.conn, name, reason, message, digest, self.run_id)
        self.summary.errors += 1
        if self.on_error:
            self.on_error(name, reason, message)
        self._tick()

    def alias(self, name: str, document_id: int, digest: str, source: str) -> None:
        self.begin()
        add_name(self.conn, name, document_id, digest, source, self.now)
        self.summary.aliases += 1
        self._tick()

    def write(self, result: Prepared | Failed) -> None:
        if isinstance(result, Failed):
            self.error(result.name, result.reason, result.message, result.content_hash)
            return
        self.begin()
        outcome = write_document(self.conn, result, self.now)
        s = self.summary
        if outcome.kind == "alias":
            s.aliases += 1
        elif outcome.kind == "replaced":
            s.replaced += 1
        else:
            s.added += 1
        s.near_duplicates += outcome.duplicate_of is not None
        s.teaser_links += outcome.teaser_links
        s.events += outcome.events
        self._tick()

    def _tick(self) -> None:
        self.pending += 1
        if self.pending >= self.batch_size:
            self.commit()


def _classify(conn: sqlite3.Connection, item: SourceItem, digest: str, retry: bool) -> tuple[str, Any]:
    """What to do with a readable page before extracting it: unchanged | alias | skip | extract."""
    if conn.execute(
        "SELECT 1 FROM document_names WHERE name = ? AND content_hash = ?", (item.name, digest)
    ).fetchone():
        return "unchanged", None
    known = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
    if known:
        return "alias", known[0]
    if (
        not retry
        and conn.execute(
            "SELECT 1 FROM ingest_errors WHERE path = ? AND content_hash = ?", (item.name, digest)
        ).fetchone()
    ):
        return "skip", None
    return "extract", None


def ingest(
    conn: sqlite3.Connection,
    paths: Iterable[Path],
    options: IngestOptions | None = None,
    *,
    on_error: ErrorHook | None = None,
    on_progress: ProgressHook | None = None,
    items: Iterator[SourceItem] | None = None,
) -> IngestSummary:
    """Ingest every page under ``paths`` (or the given ``items``) into the open store."""
    options = options or IngestOptions()
    paths = list(paths)
    workers = max(1, options.workers)
    summary = IngestSummary(workers=workers)
    started = time.perf_counter()
    run_id = int(
        conn.execute(
            "INSERT INTO ingest_runs (started_at, paths, workers) VALUES (?, ?, ?)",
            (now_iso(), json.dumps([str(p) for p in paths], ensure_ascii=False), workers),
        ).lastrowid
        or 0
    )
    if ensure_search_index(conn) and on_error:
        on_error("(search index)", "rebuilt", "the tokenizer changed: search index rebuilt")
    stream = items if items is not None else iter_items(paths, options.limits)
    extractor = _Extractor(workers)
    writer = _Writer(conn, summary, run_id, options.batch_size, on_error)  # released in `finally`
    window: deque[_Pending | Callable[[], None]] = deque()
    chunk: list[_Work] = []
    in_flight = workers * 4
    last_report = 0.0

    def drain(limit: int) -> None:
        nonlocal last_report
        while len(window) > limit:
            head = window.popleft()
            if callable(head):
                head()
                continue
            for result in extractor.results(head):
                writer.write(result)
            if on_progress and time.perf_counter() - last_report > 0.2:
                summary.seconds = time.perf_counter() - started
                on_progress(summary)
                last_report = time.perf_counter()

    def flush() -> None:
        nonlocal chunk
        if chunk:
            window.append(extractor.submit(chunk))
            chunk = []
        drain(in_flight)

    try:
        for item in stream:
            summary.seen += 1
            if item.failed or item.data is None:
                flush()
                window.append(lambda i=item: writer.error(i.name, i.reason or "unreadable", i.message or ""))
                continue
            digest = content_hash(item.data)
            action, document_id = _classify(conn, item, digest, options.retry_errors)
            if action == "extract":
                chunk.append(_Work(item.name, item.source, digest, item.data, item.meta))
                if len(chunk) >= options.chunk_size:
                    flush()
            elif action == "alias":
                flush()
                window.append(lambda i=item, d=document_id, h=digest: writer.alias(i.name, d, h, i.source))
            else:
                summary.unchanged += action == "unchanged"
                summary.skipped_errors += action == "skip"
        flush()
        drain(0)
        writer.commit()
        # Fold the WAL back into the file (one self-contained file to copy or open in
        # Datasette) and refresh the planner's statistics after a large load.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA optimize")
    except BaseException:
        writer.rollback()
        raise
    finally:
        writer.close()
        extractor.close()
        summary.seconds = time.perf_counter() - started
        conn.execute(
            "UPDATE ingest_runs SET finished_at = ?, summary = ? WHERE id = ?",
            (now_iso(), json.dumps(summary.to_dict()), run_id),
        )
    if on_progress:
        on_progress(summary)
    return summary
