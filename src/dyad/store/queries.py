"""Read-side queries: plain functions over a connection, returning pages of plain dicts.

The CLI and the web app call these same functions, so a table, a JSON answer and a web page
never disagree. Filters are typed dataclasses; every value reaches SQL as a bound parameter
(the WHERE clauses are chosen from fixed fragments, never built from user text), and text
filters match with ``instr`` or the bigram search index, so ``%`` and ``_`` are plain characters.
"""

from __future__ import annotations

import calendar
import json
import math
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dyad.store import dedup
from dyad.store.search import match_expression, snippet

__all__ = [
    "ActorFilter",
    "EventFilter",
    "Page",
    "SearchFilter",
    "get_actor",
    "get_document",
    "iter_events",
    "list_actors",
    "list_events",
    "parse_amount",
    "parse_date",
    "search",
    "stats",
]

MAX_LIMIT = 1000
FILTER_FIRST = 5_000  # up to this many matches, sort them; beyond, walk the date index
COUNT_CAP = 10_000  # totals are exact up to here ("10000+" beyond): counting a million rows is slow


@dataclass(slots=True)
class Page:
    """One page of results and the total number of matches (for pagination)."""

    rows: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    exact: bool = True  # False: there are more than ``total`` (== COUNT_CAP) matches

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "total": self.total,
            "exact": self.exact,
            "limit": self.limit,
            "offset": self.offset,
        }


def _count(conn: sqlite3.Connection, select_rows: str, params: list[Any] | tuple) -> tuple[int, bool]:
    """count(*) of a row query, stopping at COUNT_CAP; (total, exact)."""
    n = conn.execute(f"SELECT count(*) FROM ({select_rows} LIMIT {COUNT_CAP + 1})", params).fetchone()[0]
    return min(n, COUNT_CAP), n <= COUNT_CAP


# --- parsing filter values ------------------------------------------------------------------

_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")


def parse_date(value: str, *, end: bool = False) -> str:
    """An ISO day from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a year or month means its first
    day, or with ``end`` its last day, so ``--until 2024`` keeps all of 2024. Raises ValueError."""
    m = _DATE.match(value or "")
    if not m:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if not 1 <= month <= 12 or year < 1:
        raise ValueError(f"{value!r} is not a date: month out of range")
    last = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else (last if end else 1)
    if not 1 <= day <= last:
        raise ValueError(f"{value!r} is not a date: day out of range")
    return date(year, month, day).isoformat()


_AMOUNT = re.compile(
    r"^\s*([0-9][0-9,_]*(?:\.[0-9]+)?|\.[0-9]+)(?:e([+-]?[0-9]{1,3}))?\s*([a-z万亿千百]*)\s*$", re.I
)
_SCALE = {
    "": 1,
    "k": 1e3,
    "千": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "万": 1e4,
    "亿": 1e8,
    "百万": 1e6,
    "千万": 1e7,
    "万亿": 1e12,
    "t": 1e12,
}


def parse_amount(value: str) -> float:
    """A non-negative amount: ``5000000``, ``5,000,000``, ``5e6``, ``5M``, ``2.5bn``, ``500万``,
    ``1.2亿``. A leading currency sign or code is ignored. Raises ValueError."""
    text = re.sub(r"^\s*(?:[$€£¥]|usd|vnd|cny|rmb|eur)\s*", "", value or "", flags=re.I)
    m = _AMOUNT.match(text)
    if not m or m.group(3).lower() not in _SCALE:
        raise ValueError(f"{value!r} is not an amount: use e.g. 5000000, 5M, 2.5bn or 500万")
    number = float(m.group(1).replace(",", "").replace("_", ""))
    if m.group(2):
        try:
            number *= 10.0 ** int(m.group(2))
        except OverflowError:  # 1e999
            raise ValueError(f"{value!r} is not a finite amount") from None
    result = number * _SCALE[m.group(3).lower()]
    if not math.isfinite(result):
        raise ValueError(f"{value!r} is not a finite amount")
    return result


def _limit(value: int) -> int:
    return max(0, min(int(value), MAX_LIMIT))


_INT64 = 2**63 - 1  # SQLite's integers: a bigger Python int raises OverflowError when bound


def _offset(value: int) -> int:
    return max(0, min(int(value), _INT64))


def _fits(value: int) -> bool:
    return -_INT64 <= value <= _INT64


# --- events -----------------------------------------------------------------------------------


@dataclass(slots=True)
class EventFilter:
    """Which events: ``country`` is either side's ISO3; ``with_country`` the other side's."""

    country: str | None = None
    with_country: str | None = None
    actor: str | None = None  # an actor id, name, alias or Latin spelling
    type: str | None = None
    mode: str | None = None
    since: str | None = None  # ISO day; events overlapping [since, until] are kept
    until: str | None = None
    place: str | None = None  # location text (substring) or its ISO3 country
    min_amount: float | None = None
    document: int | None = None
    cluster: int | None = None
    query: str | None = None  # full-text search in the evidence
    coded: bool = False  # leave out OTHER (interviews, sport, ceremonies: not relations)
    limit: int = 50
    offset: int = 0

    @classmethod
    def parse(cls, **raw: Any) -> EventFilter:
        """Build from strings (CLI options, URL query): dates and amounts parsed, ValueError if bad."""
        values = {k: v for k, v in raw.items() if v not in (None, "")}
        if "since" in values:
            values["since"] = parse_date(str(values["since"]))
        if "until" in values:
            values["until"] = parse_date(str(values["until"]), end=True)
        if "min_amount" in values and not isinstance(values["min_amount"], int | float):
            values["min_amount"] = parse_amount(str(values["min_amount"]))
        if "coded" in values and isinstance(values["coded"], str):
            values["coded"] = values["coded"].lower() in ("1", "true", "yes", "on")
        for key in ("limit", "offset", "document", "cluster"):
            if key in values:
                values[key] = int(values[key])
                if not _fits(values[key]):
                    raise ValueError(f"{key} {raw[key]!r} is out of range")
        return cls(**values)


def _actor_ids(conn: sqlite3.Connection, name_or_id: str) -> list[str]:
    norm = dedup.norm_name(name_or_id)
    rows = conn.execute(
        "SELECT id FROM actors WHERE id = ? OR name_norm = ?"
        " UNION SELECT actor_id FROM aliases WHERE alias_norm = ?",
        (name_or_id, norm, norm),
    ).fetchall()
    return [r[0] for r in rows]


def _event_where(conn: sqlite3.Connection, f: EventFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    country = f.country.upper() if f.country else None
    other = f.with_country.upper() if f.with_country else None
    if country and other:
        where.append(
            "e.id IN (SELECT a.event_id FROM participants a JOIN participants b ON b.event_id = a.event_id"
            " AND b.role != a.role WHERE a.country = ? AND b.country = ?)"
        )
        params += [country, other]
    elif country or other:
        where.append("e.id IN (SELECT event_id FROM participants WHERE country = ?)")
        params.append(country or other)
    if f.actor:
        ids = _actor_ids(conn, f.actor)
        where.append(
            "e.id IN (SELECT event_id FROM participants WHERE name_norm = ?"
            " UNION SELECT event_id FROM participants WHERE actor_id IN (SELECT value FROM json_each(?)))"
        )
        params += [dedup.norm_name(f.actor), json.dumps(ids)]
    if f.coded:
        where.append("e.type != 'OTHER'")
    if f.type:
        where.append("e.type = ?")
        params.append(f.type.upper())
    if f.mode:
        where.append("e.mode = ?")
        params.append(f.mode.lower())
    if f.since:
        where.append("e.date_end >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.date_start <= ?")
        params.append(f.until)
    if f.place:
        # The location text is searched like the rest (bigrams, FTS index), not scanned row by row.
        expr = match_expression(f.place)
        where.append(
            "e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
            " UNION SELECT seq FROM events WHERE location_country = ?)"
        )
        params += [f"location : ({expr})" if expr else '""', f.place.upper()]
    if f.min_amount is not None:
        where.append("e.amount_value >= ?")
        params.append(f.min_amount)
    if f.document is not None:
        where.append("e.document_id = ?" if _fits(f.document) else "0")
        params += [f.document] if _fits(f.document) else []
    if f.cluster is not None:
        where.append("e.cluster_id = ?" if _fits(f.cluster) else "0")
        params += [f.cluster] if _fits(f.cluster) else []
    if f.query:
        expr = match_expression(f.query)
        where.append("e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)" if expr else "0")
        params += [f"evidence : ({expr})"] if expr else []
    return (" WHERE " + " AND ".join(where)) if where else "", params


_EVENT_COLUMNS = (
    "e.seq, e.id, e.document_id, e.section, e.teaser, e.type, e.mode, e.cameo, e.context, e.date,"
    " e.date_start, e.date_end, e.date_precision, e.date_basis, e.date_basis_text, e.location,"
    " e.location_country, e.amount_value, e.amount_currency, e.amount_text, e.planned, e.parent_id,"
    " e.confidence, e.evidence, e.evidence_start, e.evidence_end, e.cluster_id,"
    " d.name AS document, d.url, d.title AS document_title, d.published,"
    " c.source_count AS cluster_sources"
)
_EVENT_FROM = (
    " FROM events e JOIN documents d ON d.id = e.document_id"
    " LEFT JOIN event_clusters c ON c.id = e.cluster_id"
)


def _participants(conn: sqlite3.Connection, event_ids: list[str]) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {i: {"source": [], "target": []} for i in event_ids}
    for start in range(0, len(event_ids), 500):
        part = event_ids[start : start + 500]
        for r in conn.execute(
            "SELECT event_id, role, name, latin, title, country, kind, sector, actor_id FROM participants"
            " WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, role, position",
            (json.dumps(part),),
        ):
            out[r["event_id"]][r["role"]].append(
                {k: r[k] for k in ("name", "latin", "title", "country", "kind", "sector", "actor_id")}
            )
    return out


def _event_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    sides = _participants(conn, [r["id"] for r in rows])
    out = []
    for r in rows:
        row = dict(r)
        row.pop("seq", None)
        row["context"] = json.loads(row["context"] or "[]")
        row["planned"] = bool(row["planned"])
        row["amount"] = (
            {"value": row["amount_value"], "currency": row["amount_currency"], "text": row["amount_text"]}
            if row["amount_value"] is not None
            else None
        )
        row["evidence"] = {
            "text": row.pop("evidence"),
            "start": row.pop("evidence_start"),
            "end": row.pop("evidence_end"),
        }
        row.update(sides[r["id"]])
        out.append(row)
    return out


def list_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> Page:
    """Events matching ``f``, newest first (by resolved date, else publication date)."""
    f = f or EventFilter()
    where, params = _event_where(conn, f)
    total, exact = _count(conn, f"SELECT 1 FROM events e{where}", params)
    # The plan follows the count: few matches are found by their filters' indexes and sorted;
    # many are met soonest by walking the date index in order. (SQLite's planner, left alone,
    # sometimes walks the whole date index for a filter that matches nothing.)
    if where and exact and total <= FILTER_FIRST:
        source, order = _EVENT_FROM, "+e.sort_date DESC, e.seq DESC"
    else:
        source, order = (
            _EVENT_FROM.replace("events e ", "events e INDEXED BY events_sort ", 1),
            ("e.sort_date DESC, e.seq DESC"),
        )
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS}{source}{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, _limit(f.limit), _offset(f.offset)],
    ).fetchall()
    return Page(_event_rows(conn, rows), total, _limit(f.limit), _offset(f.offset), exact)


def iter_events(conn: sqlite3.Connection, f: EventFilter | None = None, *, batch: int = 1000):
    """Every event matching ``f`` (limit/offset ignored), in store order, batch by batch (exports)."""
    f = f or EventFilter()
    where, params = _event_where(conn, f)
    joiner = " AND " if where else " WHERE "
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {_EVENT_COLUMNS}{_EVENT_FROM}{where}{joiner}e.seq > ? ORDER BY e.seq LIMIT ?",
            [*params, last, batch],
        ).fetchall()
        if not rows:
            return
        last = rows[-1]["seq"]
        yield from _event_rows(conn, rows)


# --- actors -----------------------------------------------------------------------------------


@dataclass(slots=True)
class ActorFilter:
    country: str | None = None
    kind: str | None = None
    query: str | None = None  # substring of a name, alias or Latin spelling
    limit: int = 50
    offset: int = 0


def list_actors(conn: sqlite3.Connection, f: ActorFilter | None = None) -> Page:
    """Actors, most events first, with their aliases."""
    f = f or ActorFilter()
    where: list[str] = []
    params: list[Any] = []
    if f.country:
        where.append("a.country = ?")
        params.append(f.country.upper())
    if f.kind:
        where.append("a.kind = ?")
        params.append(f.kind.lower())
    if f.query:
        norm = dedup.norm_name(f.query)
        where.append(
            "(instr(a.name_norm, ?) > 0 OR a.id IN (SELECT actor_id FROM aliases"
            " WHERE instr(alias_norm, ?) > 0) OR a.id = ?)"
        )
        params += [norm, norm, f.query]
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total, exact = _count(conn, f"SELECT 1 FROM actors a{clause}", params)
    rows = conn.execute(
        f"SELECT a.id, a.name, a.kind, a.country, a.sector, a.latin, a.reading, a.first_seen, a.last_seen,"
        f" a.n_documents, a.n_events FROM actors a{clause}"
        " ORDER BY a.n_events DESC, a.n_documents DESC, a.id LIMIT ? OFFSET ?",
        [*params, _limit(f.limit), _offset(f.offset)],
    ).fetchall()
    out = [dict(r) for r in rows]
    page = Page(out, total, _limit(f.limit), _offset(f.offset), exact)
    for row in out:
        row["aliases"] = [
            r[0]
            for r in conn.execute(
                "SELECT alias FROM aliases WHERE actor_id = ? AND alias != ? ORDER BY kind, alias",
                (row["id"], row["name"]),
            )
        ]
    return page


def get_actor(conn: sqlite3.Connection, name_or_id: str, *, events: int = 50) -> dict[str, Any] | None:
    """An actor's profile: fields, aliases, offices with tenure as seen, partners, events.

    When a name is shared by several actors (same name, different countries) the one seen
    in most documents is returned and the others are listed under ``others``.
    """
    ids = _actor_ids(conn, name_or_id)
    if not ids:
        return None
    rows = conn.execute(
        "SELECT * FROM actors WHERE id IN (SELECT value FROM json_each(?))"
        " ORDER BY (id = ?) DESC, n_documents DESC, id",
        (json.dumps(ids), name_or_id),
    ).fetchall()
    actor = dict(rows[0])
    actor.pop("name_norm", None)
    aid = actor["id"]
    actor["others"] = [{"id": r["id"], "name": r["name"], "country": r["country"]} for r in rows[1:]]
    actor["aliases"] = [
        dict(r)
        for r in conn.execute(
            "SELECT alias, kind FROM aliases WHERE actor_id = ? ORDER BY kind, alias", (aid,)
        )
    ]
    actor["offices"] = [
        dict(r)
        for r in conn.execute(
            "SELECT title, role, organisation, country, sector, kind, first_seen, last_seen, n_documents"
            " FROM offices WHERE actor_id = ? ORDER BY coalesce(last_seen, '') DESC, n_documents DESC",
            (aid,),
        )
    ]
    actor["partners"] = [
        dict(r)
        for r in conn.execute(
            "SELECT coalesce(b.actor_id, b.name) AS id, b.name, b.country,"
            " count(DISTINCT b.event_id) AS events"
            " FROM participants a JOIN participants b ON b.event_id = a.event_id AND b.role != a.role"
            " WHERE a.actor_id = ? GROUP BY coalesce(b.actor_id, b.name)"
            " ORDER BY events DESC, b.name LIMIT 10",
            (aid,),
        )
    ]
    page = list_events(conn, EventFilter(actor=aid, limit=events))
    actor["events"] = page.rows
    actor["events_total"] = page.total
    return actor


def get_document(conn: sqlite3.Connection, document_id: int) -> dict[str, Any] | None:
    """A document with its names, teasers (and the articles they link to) and events."""
    if not _fits(document_id):
        return None
    row = conn.execute(
        "SELECT id, name, url, content_hash, text_hash, format, title, lead, body, published, fetched_at,"
        " ingested_at, n_events, duplicate_of, similarity, teaser_of FROM documents WHERE id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    doc = dict(row)
    doc["names"] = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM document_names WHERE document_id = ? ORDER BY first_seen, name", (document_id,)
        )
    ]
    doc["teasers"] = [
        dict(r)
        for r in conn.execute(
            "SELECT idx, caption, title, summary, url, article_id, link_basis FROM teasers"
            " WHERE document_id = ?"
            " ORDER BY idx",
            (document_id,),
        )
    ]
    doc["events"] = list_events(conn, EventFilter(document=document_id, limit=MAX_LIMIT)).rows
    return doc


# --- search -----------------------------------------------------------------------------------


@dataclass(slots=True)
class SearchFilter:
    query: str
    target: str = "documents"  # documents | events
    limit: int = 20
    offset: int = 0
    include_duplicates: bool = True


# bm25 weights: title, lead, body, extra (captions and teasers)
_BM25_WEIGHTS = "8.0, 4.0, 1.0, 0.5"


def _rank_floor(conn: sqlite3.Connection, select_rowids: str, expr: str, exact: bool) -> int:
    """The lowest rowid worth ranking. bm25 scores every match, which for a word on most pages
    (越南, one character) is slow and says little: past COUNT_CAP matches, only the newest
    COUNT_CAP are ranked."""
    if exact:
        return 0
    row = conn.execute(f"{select_rowids} ORDER BY 1 DESC LIMIT 1 OFFSET ?", (expr, COUNT_CAP - 1)).fetchone()
    return row[0] if row else 0


def search(conn: sqlite3.Connection, f: SearchFilter) -> Page:
    """Full-text search, ranked by bm25, with snippets marked in the real text."""
    expr = match_expression(f.query)
    limit, offset = _limit(f.limit), _offset(f.offset)
    if expr is None:
        return Page([], 0, limit, offset)
    if f.target == "events":
        expr = f"evidence : ({expr})"
        total, exact = _count(conn, "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (expr,))
        floor = _rank_floor(conn, "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", expr, exact)
        seqs = [
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid >= ?"
                " ORDER BY bm25(events_fts) LIMIT ? OFFSET ?",
                (expr, floor, limit, offset),
            )
        ]
        rows: list[dict[str, Any]] = []
        if seqs:
            found = conn.execute(
                f"SELECT {_EVENT_COLUMNS}{_EVENT_FROM} WHERE e.seq IN (SELECT value FROM json_each(?))",
                (json.dumps(seqs),),
            ).fetchall()
            order = {s: i for i, s in enumerate(seqs)}
            rows = _event_rows(conn, sorted(found, key=lambda r: order[r["seq"]]))
        for rank, row in enumerate(rows, offset + 1):
            snip = snippet({"evidence": row["evidence"]["text"]}, f.query, width=120)
            row.update(rank=rank, snippet=snip.text, snippet_html=snip.html)
        return Page(rows, total, limit, offset, exact)
    dup = "" if f.include_duplicates else " AND d.duplicate_of IS NULL"
    join = " JOIN documents d ON d.id = documents_fts.rowid" if dup else ""
    matches = f"FROM documents_fts{join} WHERE documents_fts MATCH ?{dup}"
    total, exact = _count(conn, f"SELECT 1 {matches}", (expr,))
    floor = _rank_floor(conn, f"SELECT documents_fts.rowid {matches}", expr, exact)
    # Rank on the index alone, then read the few documents shown (not every match's text).
    ranked = conn.execute(
        f"SELECT documents_fts.rowid, bm25(documents_fts, {_BM25_WEIGHTS}) AS score {matches}"
        " AND documents_fts.rowid >= ? ORDER BY score LIMIT ? OFFSET ?",
        (expr, floor, limit, offset),
    ).fetchall()
    docs = {
        r["id"]: r
        for r in conn.execute(
            "SELECT id, name, url, title, lead, body, extra, published, duplicate_of, n_events FROM documents"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([r[0] for r in ranked]),),
        )
    }
    rows = []
    for rank, (doc_id, score) in enumerate(ranked, offset + 1):
        r = docs[doc_id]
        snip = snippet(
            {"body": r["body"], "lead": r["lead"], "title": r["title"], "extra": r["extra"]}, f.query
        )
        rows.append(
            {
                "rank": rank,
                "id": r["id"],
                "name": r["name"],
                "url": r["url"],
                "title": r["title"],
                "published": r["published"],
                "duplicate_of": r["duplicate_of"],
                "events": r["n_events"],
                "score": round(score, 4),
                "field": snip.field,
                "snippet": snip.text,
                "snippet_html": snip.html,
            }
        )
    return Page(rows, total, limit, offset, exact)


# --- stats ------------------------------------------------------------------------------------

_COUNTS = {
    "documents": "SELECT count(*) FROM documents",
    "names": "SELECT count(*) FROM document_names",
    "near_duplicates": "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL",
    "teasers": "SELECT count(*) FROM teasers",
    "teasers_linked": "SELECT count(*) FROM teasers WHERE article_id IS NOT NULL",
    "teaser_pages": "SELECT count(*) FROM documents WHERE teaser_of IS NOT NULL",
    "actors": "SELECT count(*) FROM actors",
    "aliases": "SELECT count(*) FROM aliases",
    "offices": "SELECT count(*) FROM offices",
    "events": "SELECT count(*) FROM events",
    "participants": "SELECT count(*) FROM participants",
    "clusters": "SELECT count(*) FROM event_clusters",
    "multi_source_clusters": "SELECT count(*) FROM event_clusters WHERE source_count > 1",
    "ingest_errors": "SELECT count(*) FROM ingest_errors",
}


def stats(conn: sqlite3.Connection, path: str | Path | None = None) -> dict[str, Any]:
    """Counts, breakdowns and the date range of the store: one object."""
    out: dict[str, Any] = {label: conn.execute(sql).fetchone()[0] for label, sql in _COUNTS.items()}
    first = conn.execute("SELECT min(date_start) FROM events").fetchone()[0]  # both by index
    last = conn.execute("SELECT max(date_start) FROM events").fetchone()[0]
    pub_first, pub_last = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
    out["event_dates"] = {"first": first, "last": last}
    out["published"] = {"first": pub_first, "last": pub_last}
    out["events_by_type"] = dict(
        conn.execute(
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type"
        ).fetchall()
    )
    out["top_countries"] = dict(
        conn.execute(
            # participations (an event side per country): count(DISTINCT event) is 6x slower
            "SELECT country, count(*) AS n FROM participants WHERE country IS NOT NULL"
            " GROUP BY country ORDER BY n DESC, country LIMIT 10"
        ).fetchall()
    )
    out["errors_by_reason"] = dict(
        conn.execute(
            "SELECT reason, count(*) FROM ingest_errors GROUP BY reason ORDER BY count(*) DESC"
        ).fetchall()
    )
    out["schema_version"] = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if path is not None and Path(path).exists():
        p = Path(path)
        wal = Path(str(p) + "-wal")
        out["bytes"] = p.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return out
