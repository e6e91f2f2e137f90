"""A store written by an older dyad is upgraded in place when opened, its rows kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dyad.store import schema
from dyad.store.db import connect


def test_a_version_1_store_is_upgraded_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    schema._v1(old)
    old.execute("INSERT INTO schema_version VALUES (1, 'v1', '2026-01-01')")
    old.execute(
        "INSERT INTO documents (id, name, content_hash, text_hash, format, title, body, extra, ingested_at,"
        " raw_text, title_key) VALUES (1, 'a', 'h', 't', 'text', 'T', 'B', '', '2026-01-01', 'TB', 't')"
    )
    old.execute(
        "INSERT INTO events (id, document_id, idx, section, type, sort_date, evidence, date_start)"
        " VALUES ('E1', 1, 0, 'main', 'CONSULT', '2024-05-22', 'B', '2024-05-22')"
    )
    old.execute(
        "INSERT INTO participants (event_id, role, position, name, name_norm, country)"
        " VALUES ('E1', 'source', 0, '王毅', '王毅', 'CHN')"
    )
    old.commit()
    old.close()
    conn = connect(path)
    assert schema.current_version(conn) == schema.SCHEMA_VERSION
    row = conn.execute("SELECT name_norm, event_type, event_start FROM participants").fetchone()
    assert tuple(row) == ("王毅", "CONSULT", "2024-05-22")
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(participants)")}
    assert "participants_name_window" in indexes
    assert "participants_name" not in indexes  # v4: the window index covers its lookups
    # v3: the event's countries by side, keyed by its seq, filled from the participants
    assert [tuple(r) for r in conn.execute("SELECT country, role FROM event_sides")] == [("CHN", "source")]
    conn.execute("DELETE FROM documents")
    assert conn.execute("SELECT count(*) FROM event_sides").fetchone()[0] == 0  # cascades with its event
