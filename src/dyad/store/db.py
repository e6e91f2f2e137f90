"""Opening the store: one SQLite file, WAL mode, migrated on open, explicit transactions.

The connection runs in autocommit mode (``isolation_level=None``) so *we* decide where a
transaction begins and ends: one per ingest batch, which is what makes a killed ingest leave
whole documents or none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dyad.store.schema import migrate

__all__ = ["DEFAULT_DB", "StoreError", "connect", "open_existing", "transaction"]

DEFAULT_DB = Path("dyad.db")
_STATEMENTS = 512  # prepared statements kept: the writer runs ~80 distinct ones per document


class StoreError(RuntimeError):
    """A store problem the user can fix (no database yet, newer schema...)."""


def connect(path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating when needed) and migrate the database at ``path``."""
    path = Path(path)
    if readonly:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, cached_statements=_STATEMENTS
        )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    # A batch touches pages all over the file (teasers linked to old articles, clusters, search
    # segments): with SQLite's default 2 MB cache they spill and are read back, several times
    # slower. 128 MB of cache and memory-mapped reads keep a batch in memory.
    conn.execute("PRAGMA cache_size = -131072")
    conn.execute("PRAGMA mmap_size = 268435456")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable at each checkpoint; safe in WAL
        try:
            migrate(conn)
        except RuntimeError as exc:
            conn.close()
            raise StoreError(str(exc)) from None
    return conn


def open_existing(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """Open a database that must already exist (the query commands never create one)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no database at {path}: run `dyad ingest PAGES... --db {path}` first")
    return connect(path)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises (or is interrupted)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
