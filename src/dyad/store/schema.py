"""The store's tables, as ordered migrations recorded in ``schema_version``.

A database written by an older dyad is brought up to date on open, one migration at a time,
each in its own transaction. Migrations are append-only: never edit a released one, add the
next. Everything is a plain table (or an FTS5 table) so Datasette opens the file as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "current_version", "migrate"]

_V1 = """
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,          -- the name it was first ingested under
  url           TEXT,
  content_hash  TEXT NOT NULL UNIQUE,   -- sha256 of the raw bytes
  text_hash     TEXT NOT NULL,          -- sha256 of title + body, width-folded, spaces removed
  format        TEXT NOT NULL,          -- text | html
  encoding      TEXT,
  title         TEXT NOT NULL,
  lead          TEXT,
  body          TEXT NOT NULL,          -- main-article paragraphs, one per line
  extra         TEXT NOT NULL,          -- captions and teasers, one per line (searched too)
  published     TEXT,
  fetched_at    TEXT,
  ingested_at   TEXT NOT NULL,
  raw_text      TEXT NOT NULL,          -- the decoded page: every offset points into it
  n_events      INTEGER NOT NULL DEFAULT 0,
  stats         TEXT,                   -- JSON: the extractor's counts
  warnings      TEXT,                   -- JSON list
  title_key     TEXT NOT NULL,
  lead_key      TEXT,
  minhash       BLOB,                   -- body signature (uint32 x num_perm)
  duplicate_of  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  similarity    REAL,                   -- estimated Jaccard with duplicate_of
  teaser_of     INTEGER REFERENCES documents(id) ON DELETE SET NULL
);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_title_key ON documents(title_key);
CREATE INDEX documents_lead_key ON documents(lead_key);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
CREATE INDEX documents_teaser_of ON documents(teaser_of);

CREATE TABLE document_names (
  name          TEXT PRIMARY KEY,       -- path, archive!member, URL or file.jsonl#line
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  content_hash  TEXT NOT NULL,
  source        TEXT,                   -- the file or archive it was read from
  first_seen    TEXT NOT NULL,
  last_seen     TEXT NOT NULL
);
CREATE INDEX document_names_document ON document_names(document_id);

CREATE TABLE spans (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,          -- title lead dateline signature caption paragraph
                                        -- teaser_caption teaser_title teaser_summary mention time
  idx           INTEGER NOT NULL,
  start         INTEGER NOT NULL,       -- offsets into documents.raw_text (characters)
  "end"         INTEGER NOT NULL,
  actor_id      TEXT,                   -- mention spans
  value         TEXT                    -- time spans: the resolved value
);
CREATE INDEX spans_document ON spans(document_id, kind);
-- The text of each span, cut from the page (kept once, in documents.raw_text).
CREATE VIEW spans_text AS
SELECT s.*, substr(d.raw_text, s.start + 1, s."end" - s.start) AS text
  FROM spans s JOIN documents d ON d.id = s.document_id;

CREATE TABLE teasers (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  caption       TEXT,
  title         TEXT,
  summary       TEXT,
  url           TEXT,
  title_key     TEXT,
  summary_key   TEXT,
  article_id    INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  link_basis    TEXT,                   -- title | similarity
  UNIQUE (document_id, idx)
);
CREATE INDEX teasers_title_key ON teasers(title_key);
CREATE INDEX teasers_summary_key ON teasers(summary_key);
CREATE INDEX teasers_article ON teasers(article_id);

CREATE TABLE actors (
  id            TEXT PRIMARY KEY,       -- the extractor's stable id (name + country + kind)
  name          TEXT NOT NULL,
  name_norm     TEXT NOT NULL,
  kind          TEXT,
  country       TEXT,
  sector        TEXT,
  latin         TEXT,
  reading       TEXT,
  first_seen    TEXT,
  last_seen     TEXT,
  n_documents   INTEGER NOT NULL DEFAULT 0,
  n_events      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name_norm ON actors(name_norm);
CREATE INDEX actors_country ON actors(country, kind);
CREATE INDEX actors_n_events ON actors(n_events DESC, n_documents DESC);

CREATE TABLE aliases (
  actor_id      TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  alias_norm    TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('zh', 'latin', 'vi')),
  PRIMARY KEY (actor_id, alias)
);
CREATE INDEX aliases_norm ON aliases(alias_norm);

-- Where each actor was seen: one row per (actor, document), with the dates it was seen on
-- (its events' resolved dates, else the publication date). Tenures are derived from these.
CREATE TABLE actor_documents (
  actor_id      TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_seen    TEXT,
  last_seen     TEXT,
  mentions      INTEGER NOT NULL DEFAULT 0,
  events        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (actor_id, document_id)
);
CREATE INDEX actor_documents_document ON actor_documents(document_id);

CREATE TABLE offices (
  id            INTEGER PRIMARY KEY,
  actor_id      TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  title         TEXT NOT NULL,
  role          TEXT,
  organisation  TEXT,
  country       TEXT,
  sector        TEXT,
  kind          TEXT,
  first_seen    TEXT,                   -- tenure as the data shows it, not as history has it
  last_seen     TEXT,
  n_documents   INTEGER NOT NULL DEFAULT 0,
  UNIQUE (actor_id, title)
);

CREATE TABLE office_documents (
  actor_id      TEXT NOT NULL,
  title         TEXT NOT NULL,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (actor_id, title, document_id),
  FOREIGN KEY (actor_id, title) REFERENCES offices(actor_id, title) ON DELETE CASCADE
);
CREATE INDEX office_documents_document ON office_documents(document_id);

CREATE TABLE event_clusters (
  id            INTEGER PRIMARY KEY,
  type          TEXT NOT NULL,
  date_start    TEXT,
  date_end      TEXT,
  label         TEXT,
  source_count  INTEGER NOT NULL DEFAULT 1, -- distinct documents reporting it
  event_count   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_clusters_sources ON event_clusters(source_count DESC);

CREATE TABLE events (
  seq             INTEGER PRIMARY KEY,  -- rowid of events_fts
  id              TEXT NOT NULL UNIQUE, -- sha256(content hash : index : evidence offsets)
  document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx             INTEGER NOT NULL,
  local_id        TEXT,                 -- the extractor's id inside the document
  section         TEXT NOT NULL,        -- main | related
  teaser          INTEGER,
  type            TEXT NOT NULL,
  mode            TEXT,
  cameo           TEXT,
  context         TEXT,                 -- JSON list
  date            TEXT,
  date_start      TEXT,
  date_end        TEXT,
  date_precision  TEXT,
  date_basis      TEXT,
  date_basis_text TEXT,
  sort_date       TEXT NOT NULL,        -- date_start, else the publication date, else ''
  location        TEXT,
  location_country TEXT,
  amount_value    REAL,
  amount_currency TEXT,
  amount_text     TEXT,
  planned         INTEGER NOT NULL DEFAULT 0,
  parent_id       TEXT,
  confidence      REAL,
  evidence        TEXT NOT NULL,
  evidence_start  INTEGER,
  evidence_end    INTEGER,
  spans           TEXT,                 -- JSON: trigger, date, location, amount, participants
  cluster_id      INTEGER REFERENCES event_clusters(id) ON DELETE SET NULL
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_sort ON events(sort_date DESC, seq DESC);
CREATE INDEX events_type_date ON events(type, date_start);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_amount ON events(amount_value);
CREATE INDEX events_dates ON events(date_start, date_end);
CREATE INDEX events_location_country ON events(location_country);

CREATE TABLE participants (
  event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('source', 'target')),
  position      INTEGER NOT NULL,
  actor_id      TEXT,
  name          TEXT NOT NULL,
  name_norm     TEXT NOT NULL,          -- without spaces and dots, lower-case
  latin         TEXT,
  title         TEXT,
  country       TEXT,
  kind          TEXT,
  sector        TEXT,
  PRIMARY KEY (event_id, role, position)
);
CREATE INDEX participants_country ON participants(country, event_id);
CREATE INDEX participants_actor ON participants(actor_id);
CREATE INDEX participants_name ON participants(name_norm);

CREATE TABLE minhash_bands (
  band          INTEGER NOT NULL,
  key           INTEGER NOT NULL,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, key, document_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_document ON minhash_bands(document_id);

CREATE TABLE ingest_runs (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  paths         TEXT NOT NULL,          -- JSON list
  workers       INTEGER NOT NULL,
  summary       TEXT                    -- JSON: counts and timing
);

CREATE TABLE ingest_errors (
  id            INTEGER PRIMARY KEY,
  path          TEXT NOT NULL,
  reason        TEXT NOT NULL,
  message       TEXT NOT NULL,
  content_hash  TEXT,
  at            TEXT NOT NULL,
  run_id        INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL,
  UNIQUE (path, reason)
);

-- Search: character bigrams of Chinese (and words of Latin text) as written by
-- dyad.store.search.index_text; rowid = documents.id / events.seq. Contentless: the text
-- lives once, in documents and events. prefix='1' indexes one-character prefixes, so a
-- one-character query reads one list instead of merging every bigram that starts with it.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, lead, body, extra, content='', prefix='1', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE events_fts USING fts5(
  evidence, location, content='', prefix='1', tokenize='unicode61 remove_diacritics 2'
);

-- Conveniences for Datasette and ad-hoc SQL: one row per event with its sides flattened.
CREATE VIEW events_flat AS
SELECT e.id, e.date, e.type, e.mode, e.section,
       (SELECT group_concat(name, '; ') FROM participants p
         WHERE p.event_id = e.id AND p.role = 'source') AS source,
       (SELECT group_concat(DISTINCT country) FROM participants p
         WHERE p.event_id = e.id AND p.role = 'source') AS source_country,
       (SELECT group_concat(name, '; ') FROM participants p
         WHERE p.event_id = e.id AND p.role = 'target') AS target,
       (SELECT group_concat(DISTINCT country) FROM participants p
         WHERE p.event_id = e.id AND p.role = 'target') AS target_country,
       e.location, e.amount_value, e.amount_currency, e.evidence,
       e.cluster_id, d.name AS document, d.published
  FROM events e JOIN documents d ON d.id = e.document_id;
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split(_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Statements of a script (executescript would commit our transaction behind our back)."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    return out


def _v2(conn: sqlite3.Connection) -> None:
    """Each participation carries its event's type and first day, so the clusterer finds the
    events naming someone within a month through one index range (at 100k pages, walking
    every participation of a frequent name cost up to 80 ms per event)."""
    conn.execute("ALTER TABLE participants ADD COLUMN event_type TEXT")
    conn.execute("ALTER TABLE participants ADD COLUMN event_start TEXT")
    conn.execute(
        "UPDATE participants SET (event_type, event_start) ="
        " (SELECT e.type, e.date_start FROM events e WHERE e.id = participants.event_id)"
    )
    conn.execute("CREATE INDEX participants_name_window ON participants(name_norm, event_type, event_start)")


def _v3(conn: sqlite3.Connection) -> None:
    """Each event's countries by side, keyed by the event's integer ``seq``: the event list tests
    "is Vietnam on this event?" while walking a million events newest first, and a probe by
    the 64-character text id through ``participants`` cost 15 microseconds, this one about 1.
    Indexed by country too, so a country's or a pair's events are listed by integer joins."""
    conn.execute(
        "CREATE TABLE event_sides ("
        " seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,"
        " country TEXT NOT NULL,"
        " role TEXT NOT NULL,"
        " PRIMARY KEY (seq, country, role)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT OR IGNORE INTO event_sides (seq, country, role)"
        " SELECT e.seq, p.country, p.role FROM participants p JOIN events e ON e.id = p.event_id"
        " WHERE p.country IS NOT NULL"
    )
    conn.execute("CREATE INDEX event_sides_country ON event_sides(country, seq)")


def _v4(conn: sqlite3.Connection) -> None:
    """Drop ``participants_name``: ``participants_name_window`` starts with the same column and
    answers the same lookups, and every participation written paid for both (a random insert
    into a third index of the largest table)."""
    conn.execute("DROP INDEX IF EXISTS participants_name")


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "documents, actors, events, clusters, search", _v1),
    (2, "participants carry their event's type and first day, indexed with the name", _v2),
    (3, "event_sides: each event's countries by side, keyed by the event's seq", _v3),
    (4, "drop participants_name (participants_name_window covers it)", _v4),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database lacks, in order; return the resulting version.

    Raises RuntimeError when the file was written by a newer dyad (we would misread it).
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {version} is newer than this dyad ({SCHEMA_VERSION}): upgrade dyad"
        )
    for number, description, apply in MIGRATIONS:
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply(conn)
            conn.execute(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                (number, description, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = number
    return version
