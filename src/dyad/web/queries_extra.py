"""Read queries the web app needs beyond ``dyad.store.queries``: document lists, a document's
stored spans, dyad counts per month, clusters, networks, single events, country lists.

Same rules as the store's queries: plain functions over a connection, fixed SQL fragments,
every user value a bound parameter, ``instr`` for substrings (so ``%`` and ``_`` are just
characters), pages of plain dicts with totals.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from dyad.store import queries
from dyad.store.queries import MAX_LIMIT, EventFilter, Page

__all__ = [
    "ClusterFilter",
    "DocumentFilter",
    "NetworkFilter",
    "countries",
    "document_spans",
    "dyad_counts",
    "get_cluster",
    "get_event",
    "list_clusters",
    "list_documents",
    "network",
]


def _limit(value: int) -> int:
    return max(0, min(int(value), MAX_LIMIT))


_INT64 = 2**63 - 1  # SQLite's integers: a bigger Python int raises OverflowError when bound


def _offset(value: int) -> int:
    return max(0, min(int(value), _INT64))


def _period(where: list[str], params: list[Any], since: str | None, until: str | None) -> None:
    """Events overlapping [since, until], the store's own convention (``EventFilter``)."""
    if since:
        where.append("e.date_end >= ?")
        params.append(since)
    if until:
        where.append("e.date_start <= ?")
        params.append(until)


# --- documents -------------------------------------------------------------------------------


@dataclass(slots=True)
class DocumentFilter:
    """Which documents: title substring, publication period, with events only, no near-duplicates."""

    title: str | None = None
    since: str | None = None
    until: str | None = None
    with_events: bool = False
    unique: bool = False
    limit: int = 50
    offset: int = 0


def list_documents(conn: sqlite3.Connection, f: DocumentFilter) -> Page:
    """Documents, newest publication first (undated last)."""
    where: list[str] = []
    params: list[Any] = []
    if f.title:
        where.append("instr(d.title, ?) > 0")
        params.append(f.title)
    if f.since:
        where.append("d.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(d.published, 1, 10) <= ?")
        params.append(f.until)
    if f.with_events:
        where.append("d.n_events > 0")
    if f.unique:
        where.append("d.duplicate_of IS NULL")
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM documents d{clause}", params).fetchone()[0]
    limit, offset = _limit(f.limit), _offset(f.offset)
    rows = conn.execute(
        "SELECT d.id, d.name, d.url, d.title, d.lead, d.published, d.format, d.n_events, d.duplicate_of,"
        f" d.teaser_of FROM documents d{clause}"
        " ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return Page([dict(r) for r in rows], total, limit, offset)


def document_spans(conn: sqlite3.Connection, document_id: int) -> dict[str, Any] | None:
    """What the document view highlights, all as offsets into the stored page text.

    ``parts`` are the title, lead, paragraphs, captions and teaser parts; ``marks`` the
    mentions (with actor ids), times, and from each event its trigger, place, amount and
    evidence; ``events`` each event's own spans (trigger, date, place, amount, sides), to
    mark its evidence sentence; ``offices`` the office titles of the actors named in this
    document (the store keeps no office offsets, so the view finds those words in the text).
    """
    row = conn.execute("SELECT raw_text FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    parts: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    for r in conn.execute(
        'SELECT kind, idx, start, "end", actor_id, value FROM spans WHERE document_id = ?'
        ' ORDER BY start, "end"',
        (document_id,),
    ):
        item = {"kind": r["kind"], "idx": r["idx"], "start": r["start"], "end": r["end"]}
        if r["kind"] == "mention":
            marks.append({**item, "kind": "actor", "actor_id": r["actor_id"]})
        elif r["kind"] == "time":
            marks.append({**item, "kind": "date", "value": r["value"]})
        else:
            parts.append(item)
    events: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
        "SELECT id, type, mode, spans, evidence_start, evidence_end FROM events WHERE document_id = ?"
        " ORDER BY idx",
        (document_id,),
    ):
        spans = json.loads(r["spans"] or "{}")
        label = f"{r['type']}/{r['mode']}" if r["mode"] else r["type"]
        if r["evidence_start"] is not None and r["evidence_end"] is not None:
            marks.append(
                {
                    "kind": "evidence",
                    "start": r["evidence_start"],
                    "end": r["evidence_end"],
                    "event_id": r["id"],
                }
            )
        own = events.setdefault(r["id"], [])
        for key, kind in (
            ("trigger", "trigger"),
            ("location", "place"),
            ("amount", "amount"),
            ("date", "date"),
        ):
            s = spans.get(key)
            if _is_span(s):
                mark = {
                    "kind": kind,
                    "start": s["start"],
                    "end": s["end"],
                    "event_id": r["id"],
                    "label": label,
                }
                own.append(mark)
                if kind != "date":  # the document's time spans already mark dates
                    marks.append(mark)
        for role in ("source", "target"):
            own += [
                {"kind": "actor", "start": s["start"], "end": s["end"], "label": role}
                for s in spans.get(role) or []
                if _is_span(s)
            ]
    offices = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT o.title FROM offices o WHERE o.actor_id IN"
            " (SELECT actor_id FROM spans WHERE document_id = ? AND kind = 'mention')"
            " ORDER BY length(o.title) DESC, o.title",
            (document_id,),
        )
    ]
    return {"text": row["raw_text"], "parts": parts, "marks": marks, "offices": offices, "events": events}


def _is_span(s: object) -> bool:
    return isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)


# --- events ----------------------------------------------------------------------------------


def get_event(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """One event, in the shape ``list_events`` gives (found through its document)."""
    row = conn.execute("SELECT document_id FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    page = queries.list_events(conn, EventFilter(document=row[0], limit=MAX_LIMIT))
    return next((e for e in page.rows if e["id"] == event_id), None)


def countries(conn: sqlite3.Connection, limit: int = 300) -> list[dict[str, Any]]:
    """Countries that take part in events, most active first (the dyad picker's choices)."""
    return [
        {"code": r[0], "events": r[1]}
        for r in conn.execute(
            "SELECT country, count(DISTINCT event_id) AS n FROM participants WHERE country IS NOT NULL"
            " GROUP BY country ORDER BY n DESC, country LIMIT ?",
            (_limit(limit),),
        )
    ]


def dyad_counts(
    conn: sqlite3.Connection,
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    type_: str | None = None,
) -> dict[str, Any]:
    """Events between countries ``a`` and ``b`` (either side), counted per month and type.

    The month is the event's resolved start date, else its page's publication date; events
    with neither are counted under ``undated``. ``series`` has one list per type, aligned
    with ``months`` (every month from the first to the last, gaps as zeros), ready to chart.
    """
    a, b = a.upper(), b.upper()
    where = [
        "EXISTS (SELECT 1 FROM participants x JOIN participants y ON y.event_id = x.event_id"
        " AND y.role != x.role WHERE x.event_id = e.id AND x.country = ? AND y.country = ?)"
    ]
    params: list[Any] = [a, b]
    _period(where, params, since, until)
    if type_:
        where.append("e.type = ?")
        params.append(type_.upper())
    rows = conn.execute(
        "SELECT substr(e.sort_date, 1, 7) AS month, e.type, count(*) AS n FROM events e"
        f" WHERE {' AND '.join(where)} GROUP BY month, e.type ORDER BY month, e.type",
        params,
    ).fetchall()
    counts: dict[str, dict[str, int]] = {}
    undated = 0
    for r in rows:
        if len(r["month"] or "") != 7:
            undated += r["n"]
            continue
        counts.setdefault(r["type"], {})[r["month"]] = r["n"]
    months = _month_range([m for by in counts.values() for m in by])
    types = sorted(counts, key=lambda t: (-sum(counts[t].values()), t))
    return {
        "a": a,
        "b": b,
        "months": months,
        "types": types,
        "series": {t: [counts[t].get(m, 0) for m in months] for t in types},
        "rows": [{"month": r["month"] or None, "type": r["type"], "events": r["n"]} for r in rows],
        "total": sum(r["n"] for r in rows),
        "undated": undated,
    }


def _month_range(months: list[str]) -> list[str]:
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 1200:  # a century at most: bad dates stay bounded
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# --- clusters --------------------------------------------------------------------------------


@dataclass(slots=True)
class ClusterFilter:
    """Which clusters: type, period, reported by at least ``min_sources`` documents."""

    type: str | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int = 1
    limit: int = 50
    offset: int = 0


def list_clusters(conn: sqlite3.Connection, f: ClusterFilter) -> Page:
    """Event clusters (one real event, its reports), most-reported first."""
    where = ["c.source_count >= ?"]
    params: list[Any] = [_offset(f.min_sources)]
    if f.type:
        where.append("c.type = ?")
        params.append(f.type.upper())
    if f.since:
        where.append("c.date_end >= ?")
        params.append(f.since)
    if f.until:
        where.append("c.date_start <= ?")
        params.append(f.until)
    clause = " WHERE " + " AND ".join(where)
    total = conn.execute(f"SELECT count(*) FROM event_clusters c{clause}", params).fetchone()[0]
    limit, offset = _limit(f.limit), _offset(f.offset)
    rows = conn.execute(
        "SELECT c.id, c.type, c.date_start, c.date_end, c.label, c.source_count, c.event_count"
        f" FROM event_clusters c{clause}"
        " ORDER BY c.source_count DESC, c.event_count DESC, c.date_start DESC, c.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return Page([dict(r) for r in rows], total, limit, offset)


def get_cluster(conn: sqlite3.Connection, cluster_id: int) -> dict[str, Any] | None:
    """A cluster with its events (each with its document and evidence)."""
    if not -_INT64 <= cluster_id <= _INT64:
        return None
    row = conn.execute(
        "SELECT id, type, date_start, date_end, label, source_count, event_count FROM event_clusters"
        " WHERE id = ?",
        (cluster_id,),
    ).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["events"] = queries.list_events(conn, EventFilter(cluster=cluster_id, limit=MAX_LIMIT)).rows
    return out


# --- network ---------------------------------------------------------------------------------


@dataclass(slots=True)
class NetworkFilter:
    """Which network: ``level`` actor or country; events of a period and type; at most ``limit``
    edges (the heaviest), each at least ``min_weight`` events."""

    level: str = "country"
    since: str | None = None
    until: str | None = None
    type: str | None = None
    country: str | None = None  # only edges touching this country
    min_weight: int = 1
    limit: int = 150


def network(conn: sqlite3.Connection, f: NetworkFilter) -> dict[str, Any]:
    """Nodes and weighted edges: two nodes are joined by the events with one on each side.

    Edges are undirected (the pair is sorted) and weighted by distinct events; self-loops
    (a country's own ministries meeting each other) are left out.
    """
    key = "coalesce({t}.actor_id, {t}.name_norm)" if f.level == "actor" else "{t}.country"
    ka, kb = key.format(t="s"), key.format(t="t")
    where = [
        "s.role = 'source'",
        "t.role = 'target'",
        f"{ka} IS NOT NULL",
        f"{kb} IS NOT NULL",
        f"{ka} != {kb}",
    ]
    params: list[Any] = []
    _period(where, params, f.since, f.until)
    if f.type:
        where.append("e.type = ?")
        params.append(f.type.upper())
    if f.country:
        where.append("(s.country = ? OR t.country = ?)")
        params += [f.country.upper(), f.country.upper()]
    clause = " AND ".join(where)
    rows = conn.execute(
        f"SELECT min({ka}, {kb}) AS x, max({ka}, {kb}) AS y, count(DISTINCT e.id) AS w"
        " FROM participants s JOIN participants t ON t.event_id = s.event_id"
        f" JOIN events e ON e.id = s.event_id WHERE {clause}"
        " GROUP BY x, y HAVING w >= ? ORDER BY w DESC, x, y LIMIT ?",
        [*params, max(1, _offset(f.min_weight)), _limit(f.limit)],
    ).fetchall()
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for r in rows:
        for node in (r["x"], r["y"]):
            n = nodes.setdefault(node, {"id": node, "name": node, "weight": 0})
            n["weight"] += r["w"]
        edges.append({"source": r["x"], "target": r["y"], "events": r["w"]})
    if f.level == "actor" and nodes:
        ids = list(nodes)
        marks = ",".join("?" * len(ids))
        for r in conn.execute(f"SELECT id, name, country FROM actors WHERE id IN ({marks})", ids):
            nodes[r["id"]].update(name=r["name"], country=r["country"], actor=True)
    return {"level": f.level, "nodes": sorted(nodes.values(), key=lambda n: -n["weight"]), "edges": edges}
