"""``dyad load``: the Spark job's Parquet tables into the SQLite store.

The executors already ran ``dyad.extract`` and the store's ``prepare`` (the ``prepared``
table holds the bundles), so loading is only the store's own writer, in the store's own
transactions: a million documents load at SQL speed, without extracting anything again.
Re-running it is safe: a known (name, content) is skipped as the store's ingest skips it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["LoadSummary", "iter_table", "load_tables"]

BATCH_ROWS = 512  # rows per Arrow batch read: bounds memory whatever the table's size


@dataclass(slots=True)
class LoadSummary:
    """Counts of one load: added + replaced + aliases + unchanged = documents read."""

    documents: int = 0
    added: int = 0
    replaced: int = 0
    aliases: int = 0
    unchanged: int = 0
    errors: int = 0
    events: int = 0
    seconds: float = 0.0
    version_mismatch: int = 0  # bundles written by another dyad version (loaded anyway)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def iter_table(folder: str | Path, table: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of one table, file by file in name order, a batch at a time (never all at once)."""
    import pyarrow.dataset as ds

    path = Path(folder) / table
    files = sorted(p for p in path.rglob("*.parquet")) if path.is_dir() else []
    for file in files:
        for batch in ds.dataset(str(file), format="parquet").to_batches(columns=columns, batch_size=BATCH_ROWS):
            yield from batch.to_pylist()


def load_tables(
    conn: sqlite3.Connection,
    folder: str | Path,
    *,
    batch_size: int = 256,
    on_progress: Callable[[LoadSummary], None] | None = None,
) -> LoadSummary:
    """Write the ``prepared`` bundles, same-bytes duplicates as names, and the errors."""
    import dyad
    from dyad.scale.tables import prepared_from_row
    from dyad.store.ingest import now_iso, record_error
    from dyad.store.writer import add_name, ensure_search_index, write_document

    folder = Path(folder)
    if not (folder / "prepared").is_dir():
        raise FileNotFoundError(f"{folder} has no 'prepared' table: is it the output of `dyad spark-extract`?")
    started = time.perf_counter()
    summary = LoadSummary()
    ensure_search_index(conn)
    pending = 0
    now = now_iso()

    def tick() -> None:
        nonlocal pending, now
        pending += 1
        if pending >= batch_size:
            conn.execute("COMMIT")
            conn.execute("BEGIN IMMEDIATE")
            pending, now = 0, now_iso()
            if on_progress:
                summary.seconds = time.perf_counter() - started
                on_progress(summary)

    conn.execute("BEGIN IMMEDIATE")
    try:
        for row in iter_table(folder, "prepared"):
            summary.documents += 1
            summary.version_mismatch += row.get("dyad_version") != dyad.__version__
            if _known(conn, row["name"], row["content_hash"]):
                summary.unchanged += 1
                continue
            outcome = write_document(conn, prepared_from_row(row), now)
            summary.events += outcome.events
            if outcome.kind == "alias":
                summary.aliases += 1
            elif outcome.kind == "replaced":
                summary.replaced += 1
            else:
                summary.added += 1
            tick()
        for dup in iter_table(folder, "duplicates"):
            # Same bytes under another name: the store keeps that as a name of the document.
            kept = _document_of(conn, dup["kept_doc"], dup.get("content_hash"))
            if kept is not None and not _known(conn, dup["doc"], dup["content_hash"]):
                add_name(conn, dup["doc"], kept, dup["content_hash"], dup["source"], now)
                summary.aliases += 1
                tick()
        for err in iter_table(folder, "errors"):
            record_error(conn, err["doc"] or err["source"], err["reason"], err["message"] or "")
            summary.errors += 1
            tick()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA optimize")
    summary.seconds = time.perf_counter() - started
    return summary


def _known(conn: sqlite3.Connection, name: str, digest: str | None) -> bool:
    return conn.execute(
        "SELECT 1 FROM document_names WHERE name = ? AND content_hash = ?", (name, digest)
    ).fetchone() is not None


def _document_of(conn: sqlite3.Connection, name: str, digest: str | None) -> int | None:
    """The document ``name`` points at, if it holds exactly the bytes ``digest``."""
    row = conn.execute(
        "SELECT document_id FROM document_names WHERE name = ? AND content_hash = ?", (name, digest)
    ).fetchone()
    return int(row[0]) if row else None
