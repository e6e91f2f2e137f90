"""Writing one prepared document, and removing one, inside the caller's transaction.

The writer is the only code that changes the store. It keeps every derived figure (actor and
office tenures and counts, cluster sizes) consistent on insert *and* on delete, so a page
whose content changed can simply replace its old version.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from dyad.store import dedup
from dyad.store.clusters import (
    EventRow,
    ParticipantRow,
    cluster_events,
    events_from_rows,
    link_teasers,
    refresh_clusters,
)
from dyad.store.prepare import Prepared
from dyad.store.search import TOKENIZER_VERSION, index_text

__all__ = [
    "Outcome",
    "SearchRows",
    "add_name",
    "delete_document",
    "ensure_search_index",
    "event_id",
    "hold_search",
    "release_search",
    "write_document",
]

_HAN = re.compile(r"[\u3400-\u9fff]")
_VIET = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
# One encoder for every JSON column: json.dumps(..., ensure_ascii=False) builds a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False).encode
_DOCUMENTS_FTS = "INSERT INTO documents_fts (rowid, title, lead, body, extra) VALUES (?, ?, ?, ?, ?)"
_EVENTS_FTS = "INSERT INTO events_fts (rowid, evidence, location) VALUES (?, ?, ?)"


@dataclass(slots=True)
class SearchRows:
    """Search-index rows held back until the batch commits.

    FTS5 keeps new terms in memory and writes them out as a new segment whenever a statement
    opens a statement journal (an upsert, an UPDATE checked by a foreign key): written inline,
    that is one segment per page, and merging those segments cost about 1 ms a page. Written
    just before COMMIT, a batch makes a few large segments. Same rows, same search results.
    """

    documents: list[tuple[int, str, str, str, str]] = field(default_factory=list)
    events: list[tuple[int, str, str]] = field(default_factory=list)

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write the held rows (before COMMIT, and before anything deletes search rows)."""
        if self.documents:
            conn.executemany(_DOCUMENTS_FTS, self.documents)
        if self.events:
            conn.executemany(_EVENTS_FTS, self.events)
        self.clear()

    def clear(self) -> None:
        self.documents.clear()
        self.events.clear()


# Connections whose search rows are held by a batch (sqlite3.Connection takes no attributes
# and no weak references, so the batch is found by the connection's id while it is open).
_DEFERRED: dict[int, SearchRows] = {}


def hold_search(conn: sqlite3.Connection) -> SearchRows:
    """From now on hold ``write_document``'s search rows on ``conn``; the caller flushes them
    before each COMMIT (rows still held at ``release_search`` belong to a rolled-back batch)."""
    rows = SearchRows()
    _DEFERRED[id(conn)] = rows
    return rows


def release_search(conn: sqlite3.Connection, rows: SearchRows) -> None:
    """Stop holding search rows on ``conn`` (``write_document`` writes them inline again)."""
    if _DEFERRED.get(id(conn)) is rows:
        del _DEFERRED[id(conn)]
    rows.clear()


@dataclass(slots=True)
class Outcome:
    """What writing a document did: added | alias (known content, new name) | replaced."""

    kind: str
    document_id: int
    duplicate_of: int | None = None
    events: int = 0
    teaser_links: int = 0


@dataclass(slots=True)
class _Sighting:
    """An actor in one document: the dates of its events there, and how many events."""

    dates: list[str] = field(default_factory=list)
    events: int = 0


def event_id(digest: str, index: int, start: int | None, end: int | None) -> str:
    """Stable across re-ingests: the same bytes give the same events with the same ids."""
    return hashlib.sha256(f"{digest}:{index}:{start}:{end}".encode()).hexdigest()[:24]


def add_name(
    conn: sqlite3.Connection, name: str, document_id: int, digest: str, source: str, now: str
) -> int | None:
    """Point ``name`` at ``document_id``; return the document it pointed at before, if another."""
    row = conn.execute("SELECT document_id FROM document_names WHERE name = ?", (name,)).fetchone()
    conn.execute(
        "INSERT INTO document_names (name, document_id, content_hash, source, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET document_id = excluded.document_id,"
        " content_hash = excluded.content_hash, source = excluded.source, last_seen = excluded.last_seen",
        (name, document_id, digest, source, now, now),
    )
    previous = row[0] if row else None
    return previous if previous not in (None, document_id) else None


def _drop_if_orphan(conn: sqlite3.Connection, document_id: int | None) -> bool:
    if document_id is None:
        return False
    if conn.execute("SELECT 1 FROM document_names WHERE document_id = ?", (document_id,)).fetchone():
        return False
    held = _DEFERRED.get(id(conn))
    if held is not None:
        held.flush(conn)  # a 'delete' of search rows must follow their insert
    delete_document(conn, document_id)
    return True


def write_document(conn: sqlite3.Connection, p: Prepared, now: str) -> Outcome:
    """Insert a prepared document with its spans, actors, events, keys; link and cluster it."""
    known = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (p.content_hash,)).fetchone()
    if known:
        previous = add_name(conn, p.name, known[0], p.content_hash, p.source, now)
        _drop_if_orphan(conn, previous)
        return Outcome("alias", known[0])
    rec = p.record
    cur = conn.execute(
        "INSERT INTO documents (name, url, content_hash, text_hash, format, encoding, title, lead, body,"
        " extra, published, fetched_at, ingested_at, raw_text, n_events, stats, warnings, title_key,"
        " lead_key, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            p.name,
            rec.get("url"),
            p.content_hash,
            p.text_hash,
            rec.get("format") or "text",
            p.encoding,
            rec["title"] or "",
            rec.get("lead"),
            p.body,
            p.extra,
            rec.get("published"),
            p.fetched_at,
            now,
            p.raw_text,
            len(rec.get("events") or []),
            json.dumps(rec.get("stats") or {}),
            _JSON(rec.get("warnings") or []),
            p.title_key,
            p.lead_key,
            p.minhash,
        ),
    )
    doc_id = int(cur.lastrowid or 0)
    replaced = _drop_if_orphan(conn, add_name(conn, p.name, doc_id, p.content_hash, p.source, now))
    held = _DEFERRED.get(id(conn))
    search = held if held is not None else SearchRows()
    search.documents.append((doc_id, *p.fts))
    _insert_spans(conn, doc_id, rec)
    _insert_teasers(conn, doc_id, rec, p.teaser_keys)
    seqs, sightings, written = _insert_events(conn, doc_id, p, search)
    if held is None:
        search.flush(conn)
    _insert_actors(conn, doc_id, rec, sightings)
    duplicate_of = _mark_near_duplicate(conn, doc_id, p)
    links, teaser_events = link_teasers(conn, doc_id)
    cluster_events(conn, seqs + teaser_events, known=events_from_rows(*written))
    conn.execute("DELETE FROM ingest_errors WHERE path = ?", (p.name,))
    return Outcome("replaced" if replaced else "added", doc_id, duplicate_of, len(seqs), links)


def _insert_spans(conn: sqlite3.Connection, doc_id: int, rec: dict[str, Any]) -> None:
    """Every part, mention and time expression as offsets (the view spans_text adds the text)."""
    spans = rec.get("spans") or {}
    rows: list[tuple] = []

    def add(kind: str, idx: int, s: dict | None, actor: str | None = None, value: str | None = None) -> None:
        if s and s.get("start") is not None:
            rows.append((doc_id, kind, idx, s["start"], s["end"], actor, value))

    add("title", 0, spans.get("title"))
    add("lead", 0, spans.get("lead"))
    for i, s in enumerate(spans.get("body") or []):
        add("paragraph", i, s)
    for i, s in enumerate(spans.get("captions") or []):
        add("caption", i, s)
    for i, t in enumerate(spans.get("related") or []):
        for part in ("caption", "title", "summary"):
            add(f"teaser_{part}", i, t.get(part))
    for i, t in enumerate(rec.get("times") or []):
        if isinstance(t, dict) and t.get("start_offset") is not None:
            span = {"start": t["start_offset"], "end": t["end_offset"]}
            add("time", i, span, value=t.get("value") or t.get("start"))
    for actor in rec.get("actors") or []:
        for i, m in enumerate(actor.get("mentions") or []):
            add("mention", i, m, actor=actor.get("id"))
    conn.executemany(
        'INSERT INTO spans (document_id, kind, idx, start, "end", actor_id, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
        rows,
    )


def _insert_teasers(
    conn: sqlite3.Connection, doc_id: int, rec: dict[str, Any], keys: list[tuple[str | None, str | None]]
) -> None:
    rows = []
    for i, t in enumerate(rec.get("related") or []):
        title_key, summary_key = keys[i] if i < len(keys) else (None, None)
        rows.append(
            (
                doc_id,
                i,
                t.get("caption"),
                t.get("title"),
                t.get("summary"),
                t.get("url"),
                title_key,
                summary_key,
            )
        )
    conn.executemany(
        "INSERT INTO teasers (document_id, idx, caption, title, summary, url, title_key, summary_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _participants(ev: dict[str, Any]) -> list[tuple[str, int, dict[str, Any]]]:
    return [
        (role, pos, part)
        for role in ("source", "target")
        for pos, part in enumerate(ev.get(role) or [])
        if isinstance(part, dict) and part.get("name")
    ]


def _next_rowid(conn: sqlite3.Connection, sql: str) -> int:
    """The rowid SQLite would give the next row: one more than the largest (1 when empty)."""
    return int(conn.execute(sql).fetchone()[0] or 0) + 1


def _insert_events(
    conn: sqlite3.Connection, doc_id: int, p: Prepared, search: SearchRows
) -> tuple[list[int], dict[str, _Sighting], tuple[list[EventRow], list[ParticipantRow]]]:
    """Events, their participants and search rows; also each actor's dates seen in this document,
    and the rows the clusterer reads of these events (so it need not read them back).

    Rows go in with one ``executemany`` per table: the cluster ids and seqs are the ones
    SQLite would assign row by row (max + 1), so they are known before inserting.
    """
    rec = p.record
    published = rec.get("published")
    events = rec.get("events") or []
    sightings: dict[str, _Sighting] = defaultdict(_Sighting)
    if not events:
        return [], sightings, ([], [])
    ids = []
    for idx, ev in enumerate(events):
        evidence = ev.get("evidence") or {}
        ids.append(event_id(p.content_hash, idx, evidence.get("start"), evidence.get("end")))
    local = {ev.get("id"): ids[i] for i, ev in enumerate(events) if ev.get("id")}
    first_cluster = _next_rowid(conn, "SELECT max(id) FROM event_clusters")
    first_seq = _next_rowid(conn, "SELECT max(seq) FROM events")
    seqs = list(range(first_seq, first_seq + len(events)))
    clusters, rows, participants, sides = [], [], [], []
    heads: list[EventRow] = []
    for idx, ev in enumerate(events):
        evidence = ev.get("evidence") or {}
        date_start = ev.get("date_start")
        date_end = ev.get("date_end") or date_start
        amount = ev.get("amount") or {}
        etype = ev.get("type") or "OTHER"
        parts = _participants(ev)
        src = "; ".join(part["name"] for role, _, part in parts if role == "source")
        tgt = "; ".join(part["name"] for role, _, part in parts if role == "target")
        cluster, seq = first_cluster + idx, seqs[idx]
        clusters.append((cluster, etype, date_start, date_end, f"{src} → {tgt}".strip()))
        section, teaser = ev.get("section") or "main", ev.get("teaser")
        unit = (doc_id, section, -1 if teaser is None else teaser)  # as coalesce(teaser, -1) reads it
        heads.append((ids[idx], seq, etype, ev.get("mode"), date_start, date_end, unit, cluster))
        context = ev.get("context")
        spans = ev.get("spans")
        rows.append(
            (
                seq,
                ids[idx],
                doc_id,
                idx,
                ev.get("id"),
                section,
                teaser,
                etype,
                ev.get("mode"),
                ev.get("cameo"),
                _JSON(context) if context else "[]",
                ev.get("date"),
                date_start,
                date_end,
                ev.get("date_precision"),
                ev.get("date_basis"),
                ev.get("date_basis_text"),
                date_start or published or "",
                ev.get("location"),
                ev.get("location_country"),
                amount.get("value"),
                amount.get("currency"),
                (amount.get("span") or {}).get("text"),
                int(bool(ev.get("planned"))),
                local.get(ev.get("parent"), ev.get("parent")),
                ev.get("confidence"),
                evidence.get("text") or "",
                evidence.get("start"),
                evidence.get("end"),
                _JSON(spans) if spans else "{}",
                cluster,
            )
        )
        participants += [
            (
                ids[idx],
                role,
                pos,
                part.get("actor_id"),
                part["name"],
                dedup.norm_name(part["name"]),
                part.get("latin"),
                part.get("title"),
                part.get("country"),
                part.get("kind"),
                part.get("sector"),
                etype,
                date_start,
            )
            for role, pos, part in parts
        ]
        sides += {(seq, part["country"], role) for role, _, part in parts if part.get("country")}
        search.events.append((seq, *p.event_fts[idx]))
        for actor_id in {part.get("actor_id") for _, _, part in parts} - {None}:
            sightings[actor_id].dates += [d for d in (date_start, date_end) if d]
            sightings[actor_id].events += 1
    conn.executemany(
        "INSERT INTO event_clusters (id, type, date_start, date_end, label) VALUES (?, ?, ?, ?, ?)", clusters
    )
    conn.executemany(
        "INSERT INTO events (seq, id, document_id, idx, local_id, section, teaser, type, mode, cameo,"
        " context, date, date_start, date_end, date_precision, date_basis, date_basis_text, sort_date,"
        " location, location_country, amount_value, amount_currency, amount_text, planned, parent_id,"
        f" confidence, evidence, evidence_start, evidence_end, spans, cluster_id) VALUES ({', '.join('?' * 31)})",
        rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO participants (event_id, role, position, actor_id, name, name_norm,"
        " latin, title, country, kind, sector, event_type, event_start)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        participants,
    )
    conn.executemany("INSERT OR IGNORE INTO event_sides (seq, country, role) VALUES (?, ?, ?)", sides)
    names = [(r[0], r[5], r[6], r[9]) for r in participants]  # event id, name_norm, latin, kind
    return seqs, sightings, (heads, names)


def _alias_kind(alias: str) -> str:
    if _HAN.search(alias):
        return "zh"
    return "vi" if _VIET.search(alias) else "latin"


_ACTOR_UPSERT = (
    "INSERT INTO actors (id, name, name_norm, kind, country, sector, latin, reading, first_seen,"
    " last_seen, n_documents, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
    " ON CONFLICT (id) DO UPDATE SET kind = coalesce(actors.kind, excluded.kind),"
    " country = coalesce(actors.country, excluded.country),"
    " sector = coalesce(actors.sector, excluded.sector),"
    " latin = coalesce(actors.latin, excluded.latin),"
    " reading = coalesce(actors.reading, excluded.reading),"
    " first_seen = coalesce(min(actors.first_seen, excluded.first_seen),"
    "   actors.first_seen, excluded.first_seen),"
    " last_seen = coalesce(max(actors.last_seen, excluded.last_seen),"
    "   actors.last_seen, excluded.last_seen),"
    " n_documents = actors.n_documents + 1, n_events = actors.n_events + excluded.n_events"
)
_OFFICE_UPSERT = (
    "INSERT INTO offices (actor_id, title, role, organisation, country, sector, kind, first_seen,"
    " last_seen, n_documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
    " ON CONFLICT (actor_id, title) DO UPDATE SET"
    " role = coalesce(offices.role, excluded.role),"
    " organisation = coalesce(offices.organisation, excluded.organisation),"
    " country = coalesce(offices.country, excluded.country),"
    " sector = coalesce(offices.sector, excluded.sector),"
    " kind = coalesce(offices.kind, excluded.kind),"
    " first_seen = coalesce(min(offices.first_seen, excluded.first_seen),"
    "   offices.first_seen, excluded.first_seen),"
    " last_seen = coalesce(max(offices.last_seen, excluded.last_seen),"
    "   offices.last_seen, excluded.last_seen),"
    " n_documents = offices.n_documents + 1"
)


def _aliases(actor: dict[str, Any]) -> dict[str, str]:
    """Every written form of an actor, by kind: zh (Chinese), latin, vi (Vietnamese reading)."""
    out = {actor["name"]: _alias_kind(actor["name"])}
    for alias in actor.get("aliases") or []:
        if alias:
            out.setdefault(alias, _alias_kind(alias))
    if actor.get("latin"):
        out.setdefault(actor["latin"], "latin")
    if actor.get("reading"):
        out.setdefault(actor["reading"], "vi")
    return out


def _insert_actors(
    conn: sqlite3.Connection, doc_id: int, rec: dict[str, Any], sightings: dict[str, _Sighting]
) -> None:
    """Actors, aliases and offices, with the dates they were seen in this document (tenure)."""
    published = rec.get("published")
    merged: dict[str, dict[str, Any]] = {}
    for actor in rec.get("actors") or []:
        if isinstance(actor, dict) and actor.get("id") and actor.get("name"):
            merged.setdefault(actor["id"], actor)
    actors, seen_in, aliases, offices, office_docs = [], [], [], [], []
    for aid, actor in merged.items():
        seen = sightings.get(aid) or _Sighting()
        dates = seen.dates or ([published] if published else [])
        first, last = (min(dates), max(dates)) if dates else (None, None)
        actors.append(
            (
                aid,
                actor["name"],
                dedup.norm_name(actor["name"]),
                actor.get("kind"),
                actor.get("country"),
                actor.get("sector"),
                actor.get("latin"),
                actor.get("reading"),
                first,
                last,
                seen.events,
            )
        )
        seen_in.append((aid, doc_id, first, last, len(actor.get("mentions") or []), seen.events))
        aliases += [(aid, a, dedup.norm_name(a), k) for a, k in _aliases(actor).items()]
        titles: set[str] = set()
        for office in actor.get("offices") or []:
            title = office.get("title") if isinstance(office, dict) else None
            if title and title not in titles:
                titles.add(title)
                offices.append(
                    (
                        aid,
                        title,
                        office.get("role"),
                        office.get("organisation"),
                        office.get("country"),
                        office.get("sector"),
                        office.get("kind"),
                        first,
                        last,
                    )
                )
                office_docs.append((aid, title, doc_id))
    conn.executemany(_ACTOR_UPSERT, actors)
    conn.executemany(
        "INSERT OR IGNORE INTO actor_documents (actor_id, document_id, first_seen, last_seen, mentions,"
        " events) VALUES (?, ?, ?, ?, ?, ?)",
        seen_in,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO aliases (actor_id, alias, alias_norm, kind) VALUES (?, ?, ?, ?)", aliases
    )
    conn.executemany(_OFFICE_UPSERT, offices)
    conn.executemany(
        "INSERT OR IGNORE INTO office_documents (actor_id, title, document_id) VALUES (?, ?, ?)", office_docs
    )


def _mark_near_duplicate(conn: sqlite3.Connection, doc_id: int, p: Prepared) -> int | None:
    """Set ``duplicate_of`` (same text, or body MinHash similarity >= THRESHOLD); index the bands."""
    best: tuple[float, int] | None = None
    row = conn.execute(
        "SELECT id, duplicate_of FROM documents WHERE text_hash = ? AND id != ? ORDER BY id LIMIT 1",
        (p.text_hash, doc_id),
    ).fetchone()
    if row:
        best = (1.0, row[1] or row[0])
    elif p.minhash is not None:
        candidates: set[int] = set()
        for band, band_key in enumerate(p.bands):
            candidates.update(
                r[0]
                for r in conn.execute(
                    "SELECT document_id FROM minhash_bands WHERE band = ? AND key = ?", (band, band_key)
                )
            )
        candidates.discard(doc_id)
        if candidates:
            mine = dedup.Signature.values_from(p.minhash)
            for cid, dup_of, blob in conn.execute(
                "SELECT id, duplicate_of, minhash FROM documents WHERE id IN (SELECT value FROM json_each(?))"
                " AND minhash IS NOT NULL",
                (json.dumps(sorted(candidates)),),
            ):
                sim = dedup.similarity(mine, dedup.Signature.values_from(blob))
                if sim >= dedup.THRESHOLD and (best is None or sim > best[0]):
                    best = (sim, dup_of or cid)
    if best is not None:
        conn.execute(
            "UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?",
            (best[1], round(best[0], 4), doc_id),
        )
        return best[1]
    # Only canonical documents are indexed: a later copy then finds the original, not a copy.
    conn.executemany(
        "INSERT OR IGNORE INTO minhash_bands (band, key, document_id) VALUES (?, ?, ?)",
        [(band, band_key, doc_id) for band, band_key in enumerate(p.bands)],
    )
    return None


def delete_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document and everything derived from it; refresh the figures it counted in."""
    doc = conn.execute("SELECT title, lead, body, extra FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if doc is None:
        return
    # Contentless FTS5 rows are deleted by repeating the tokens they were inserted with.
    conn.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, title, lead, body, extra)"
        " VALUES ('delete', ?, ?, ?, ?, ?)",
        (
            doc_id,
            index_text(doc["title"]),
            index_text(doc["lead"]),
            index_text(doc["body"]),
            index_text(doc["extra"]),
        ),
    )
    clusters: set[int] = set()
    for seq, evidence, location, cluster in conn.execute(
        "SELECT seq, evidence, location, cluster_id FROM events WHERE document_id = ?", (doc_id,)
    ).fetchall():
        conn.execute(
            "INSERT INTO events_fts (events_fts, rowid, evidence, location) VALUES ('delete', ?, ?, ?)",
            (seq, index_text(evidence), index_text(location)),
        )
        if cluster is not None:
            clusters.add(cluster)
    actors = [
        r[0] for r in conn.execute("SELECT actor_id FROM actor_documents WHERE document_id = ?", (doc_id,))
    ]
    offices = conn.execute(
        "SELECT actor_id, title FROM office_documents WHERE document_id = ?", (doc_id,)
    ).fetchall()
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    refresh_clusters(conn, clusters)
    _refresh_actors(conn, actors)
    _refresh_offices(conn, offices)


def _refresh_actors(conn: sqlite3.Connection, actor_ids: list[str]) -> None:
    for aid in actor_ids:
        conn.execute(
            "UPDATE actors SET n_documents = (SELECT count(*) FROM actor_documents WHERE actor_id = :a),"
            " n_events = (SELECT coalesce(sum(events), 0) FROM actor_documents WHERE actor_id = :a),"
            " first_seen = (SELECT min(first_seen) FROM actor_documents WHERE actor_id = :a),"
            " last_seen = (SELECT max(last_seen) FROM actor_documents WHERE actor_id = :a) WHERE id = :a",
            {"a": aid},
        )
        conn.execute("DELETE FROM actors WHERE id = ? AND n_documents = 0", (aid,))


def _refresh_offices(conn: sqlite3.Connection, offices: list[tuple[str, str]]) -> None:
    for actor_id, title in offices:
        conn.execute(
            "UPDATE offices SET n_documents = (SELECT count(*) FROM office_documents od"
            "   WHERE od.actor_id = :a AND od.title = :t),"
            " first_seen = (SELECT min(ad.first_seen) FROM office_documents od JOIN actor_documents ad"
            "   ON ad.document_id = od.document_id AND ad.actor_id = od.actor_id"
            "   WHERE od.actor_id = :a AND od.title = :t),"
            " last_seen = (SELECT max(ad.last_seen) FROM office_documents od JOIN actor_documents ad"
            "   ON ad.document_id = od.document_id AND ad.actor_id = od.actor_id"
            "   WHERE od.actor_id = :a AND od.title = :t)"
            " WHERE actor_id = :a AND title = :t",
            {"a": actor_id, "t": title},
        )
    conn.executemany("DELETE FROM offices WHERE actor_id = ? AND title = ? AND n_documents = 0", offices)


def ensure_search_index(conn: sqlite3.Connection) -> bool:
    """Rebuild the FTS tables when they were written by another tokenizer; True if rebuilt."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'tokenizer'").fetchone()
    if row and row[0] == TOKENIZER_VERSION:
        return False
    has_docs = conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
    if has_docs:
        conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
        conn.execute("INSERT INTO events_fts (events_fts) VALUES ('delete-all')")
        for r in conn.execute("SELECT id, title, lead, body, extra FROM documents").fetchall():
            conn.execute(
                "INSERT INTO documents_fts (rowid, title, lead, body, extra) VALUES (?, ?, ?, ?, ?)",
                (r[0], *(index_text(r[k]) for k in ("title", "lead", "body", "extra"))),
            )
        for seq, evidence, location in conn.execute("SELECT seq, evidence, location FROM events").fetchall():
            conn.execute(
                "INSERT INTO events_fts (rowid, evidence, location) VALUES (?, ?, ?)",
                (seq, index_text(evidence), index_text(location)),
            )
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('tokenizer', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (TOKENIZER_VERSION,),
    )
    return has_docs
