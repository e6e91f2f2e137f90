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
FILTER_FIRST = 5_000  # a filter with up to this many events names them; beyond, walk the dates
COUNT_CAP = 10_000  # totals are exact up to here ("10000+" beyond): counting a million rows is slow
BIG_PROBE = 200_000  # sizes that decide between large sets are counted this far (10 ms)
RANK_CAP = 2_000  # search ranks (bm25) the newest this many matches (bm25 costs ~8 µs a match)
SCAN_CAP = 20_000  # a walk with several filters counts its matches among this many events


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
    n = _probe(conn, select_rows, list(params), cap=COUNT_CAP)
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


@dataclass(slots=True)
class _Condition:
    """One filter, in the shapes the planner chooses between.

    ``row`` tests one event ``e`` as the walk meets it; ``driver`` (when the filter has an
    index) names the matching events as a set, and ``probe`` lists their keys through the
    same index, so ``_probe`` learns cheaply whether the set is small.
    """

    row: str
    params: list[Any]
    driver: str | None = None
    driver_params: list[Any] | None = None
    probe: str | None = None
    probe_params: list[Any] | None = None
    drive_scale: int = 1  # drives up to FILTER_FIRST * drive_scale events
    always_drive: bool = False  # an equality on a column few rows share (document, cluster)


_ISO3 = re.compile(r"^[A-Za-z]{3}$")


def _event_conditions(conn: sqlite3.Connection, f: EventFilter) -> list[_Condition]:
    conds: list[_Condition] = []
    country = f.country.upper() if f.country else None
    other = f.with_country.upper() if f.with_country else None
    if country and other:
        # The pair's rarer country drives (CROSS JOIN fixes the order); the sides must differ.
        rarer, commoner = sorted(
            (country, other),
            key=lambda c: _probe(conn, "SELECT seq FROM event_sides WHERE country = ?", [c], cap=BIG_PROBE),
        )
        pair = (
            "SELECT DISTINCT a.seq FROM event_sides a CROSS JOIN event_sides b"
            " ON b.seq = a.seq AND b.role != a.role WHERE a.country = ? AND b.country = ?"
        )
        conds.append(
            _Condition(
                row="EXISTS (SELECT 1 FROM event_sides a JOIN event_sides b ON b.seq = a.seq"
                " AND b.role != a.role WHERE a.seq = e.seq AND a.country = ? AND b.country = ?)",
                params=[country, other],
                driver=f"e.seq IN ({pair})",
                driver_params=[rarer, commoner],
                probe=pair,
                probe_params=[rarer, commoner],
            )
        )
    elif country or other:
        code = country or other
        listed = "SELECT DISTINCT seq FROM event_sides WHERE country = ?"
        conds.append(
            _Condition(
                row="EXISTS (SELECT 1 FROM event_sides s WHERE s.seq = e.seq AND s.country = ?)",
                params=[code],
                driver=f"e.seq IN ({listed})",
                driver_params=[code],
                probe=listed,
                probe_params=[code],
            )
        )
    if f.actor:
        ids = json.dumps(_actor_ids(conn, f.actor))
        norm = dedup.norm_name(f.actor)
        named = (
            "SELECT event_id FROM participants WHERE name_norm = ?"
            " UNION SELECT event_id FROM participants WHERE actor_id IN (SELECT value FROM json_each(?))"
        )
        # A person's events bunch in the years they held office, where a walk finds them
        # late; naming twice as many of them costs less.
        conds.append(
            _Condition(
                f"+e.id IN ({named})",
                [norm, ids],
                f"e.id IN ({named})",
                [norm, ids],
                named,
                [norm, ids],
                drive_scale=2,
            )
        )
    if f.coded:
        conds.append(_Condition("e.type != 'OTHER'", []))
    if f.type:
        kind = f.type.upper()
        conds.append(
            _Condition(
                "+e.type = ?", [kind], "e.type = ?", [kind], "SELECT seq FROM events WHERE type = ?", [kind]
            )
        )
    if f.mode:
        conds.append(_Condition("+e.mode = ?", [f.mode.lower()]))
    if f.since:
        conds.append(_Condition("+e.date_end >= ?", [f.since]))
    if f.until:
        conds.append(_Condition("+e.date_start <= ?", [f.until]))
    if f.place:
        if _ISO3.match(f.place.strip()):  # a country code: where the event took place
            code = f.place.strip().upper()
            conds.append(
                _Condition(
                    "+e.location_country = ?",
                    [code],
                    "e.location_country = ?",
                    [code],
                    "SELECT seq FROM events WHERE location_country = ?",
                    [code],
                )
            )
        else:  # words of the location, through its search index (bigrams)
            expr = match_expression(f.place)
            conds.append(_fts_condition(f"location : ({expr})" if expr else None))
    if f.min_amount is not None:
        conds.append(
            _Condition(
                "+e.amount_value >= ?",
                [f.min_amount],
                "e.amount_value >= ?",
                [f.min_amount],
                "SELECT seq FROM events WHERE amount_value >= ?",
                [f.min_amount],
            )
        )
    for column, value in (("document_id", f.document), ("cluster_id", f.cluster)):
        if value is not None:
            sql, params = (f"e.{column} = ?", [value]) if _fits(value) else ("0", [])
            conds.append(_Condition(sql, params, sql, params, always_drive=True))
    if f.query:
        expr = match_expression(f.query)
        conds.append(_fts_condition(f"evidence : ({expr})" if expr else None))
    return conds


def _fts_condition(expr: str | None) -> _Condition:
    """Events whose search row matches ``expr``. FTS5 lists 100,000 rowids in 5 ms, but asking
    it about one rowid costs 0.2 ms: a walk tests membership of the listed set instead."""
    if expr is None:
        return _Condition("0", [], "0", [], always_drive=True)
    listed = "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
    # The unary + keeps SQLite from probing the date index once per listed rowid (5 s for 越南).
    return _Condition(f"+e.seq IN ({listed})", [expr], f"e.seq IN ({listed})", [expr], listed, [expr])


def _probe(conn: sqlite3.Connection, sql: str, params: list[Any], cap: int | None = None) -> int:
    """How many rows ``sql`` lists (a filter's probe lists distinct events), counting no
    further than ``cap`` + 1."""
    cap = COUNT_CAP if cap is None else cap
    return conn.execute(f"SELECT count(*) FROM ({sql} LIMIT {cap + 1})", params).fetchone()[0]


@dataclass(slots=True)
class _Plan:
    """The WHERE clause chosen for a filter, and whether it walks the date index."""

    where: str
    params: list[Any]
    walk: bool  # no small driving set: walk events newest first, testing each row
    conditions: list[_Condition]
    sizes: dict[int, int]  # condition index -> probed size (capped)


def _plan(
    conn: sqlite3.Connection,
    f: EventFilter,
    *,
    ordered: bool = True,
    drive: bool = False,
    sizes: dict[int, int] | None = None,
    conditions: list[_Condition] | None = None,
) -> _Plan:
    """Choose how to find the events of ``f``.

    A filter met by few events (a rare pair, a person, a type, a document) names them through
    its index and the rest are tested on those few. When every filter is met by many (Vietnam,
    a year), the events are walked newest first and tested one by one: the first page comes
    after a few hundred rows. Materialising a million-row set instead cost 2 s per query at
    100k pages. ``ordered`` False (exports) and ``drive`` never walk if a filter can drive;
    ``sizes`` and ``conditions`` are those of an earlier plan for the same filter (not
    built and probed twice).
    """
    conds = conditions if conditions is not None else _event_conditions(conn, f)
    drivers = [c for c in conds if c.always_drive]
    known = sizes or {}
    sizes = {}
    if not drivers:
        best: tuple[int, int] | None = None
        for i, c in enumerate(conds):
            if c.probe is None:
                continue
            sizes[i] = known[i] if i in known else _probe(conn, c.probe, c.probe_params or [])
            small = sizes[i] <= FILTER_FIRST * c.drive_scale
            if (small or not ordered or drive) and (best is None or sizes[i] < best[0]):
                best = (sizes[i], i)
        if best is not None:
            drivers = [conds[best[1]]]
    where: list[str] = []
    params: list[Any] = []
    for c in conds:
        if any(c is d for d in drivers):
            where.append(c.driver or c.row)
            params += c.driver_params if c.driver is not None else c.params
        else:
            where.append(c.row)
            params += c.params
    walk = ordered and not drivers
    if walk and f.until:
        # sort_date is date_start wherever there is one, and an event without a start never
        # passes ``until``: the bound is sound and the walk begins at ``until``.
        where.append("e.sort_date <= ?")
        params.append(f.until)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    return _Plan(clause, params, walk, conds, sizes)


def _event_where(conn: sqlite3.Connection, f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of ``f`` for reading in store order (exports)."""
    plan = _plan(conn, f, ordered=False)
    return plan.where, plan.params


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
    """Events matching ``f``, newest first (by resolved date, else publication date).

    The page's events are chosen on the events table alone (no joins, nothing but the sort
    keys carried through a sort), then read in full: sorting 14,000 whole rows with their
    documents to show 100 of them cost a second.
    """
    f = f or EventFilter()
    limit, offset = _limit(f.limit), _offset(f.offset)
    plan = _plan(conn, f)
    events = conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 1  # about how many
    density = 1.0  # the share of walked events that match
    if len(plan.conditions) == 1 and plan.sizes:
        n = next(iter(plan.sizes.values()))  # the one filter, probed up to COUNT_CAP + 1
        total, exact, density = min(n, COUNT_CAP), n <= COUNT_CAP, n / events
    elif not plan.walk:
        total, exact = _count(conn, f"SELECT 1 FROM events e{plan.where}", plan.params)
    else:
        total, exact, density = _walk_count(conn, f, plan, events)
    if exact and offset >= total:
        return Page([], total, limit, offset, exact)
    seqs: list[int] | None = None
    if plan.walk:
        need = offset + limit
        walk_rows = need / density if density > 0 else math.inf
        window = SCAN_CAP + 10 * need
        select = "SELECT e.seq FROM events e INDEXED BY events_sort"
        order = " ORDER BY e.sort_date DESC, e.seq DESC LIMIT ? OFFSET ?"
        if walk_rows <= window:
            # Walk a window: should the matches bunch in other years after all, the walk
            # stops at its edge and the choice below is made again as if it had been long.
            floor = _window_floor(conn, f, window)
            bounded = _and(plan.where, "(e.sort_date, e.seq) >= (?, ?)") if floor else plan.where
            seqs = [
                r[0]
                for r in conn.execute(select + bounded + order, [*plan.params, *(floor or ()), limit, offset])
            ]
            if len(seqs) < limit and floor is not None:
                seqs, walk_rows = None, math.inf
        if seqs is None:
            plan = _drive_instead(conn, f, plan, need, walk_rows, events) or plan
        if seqs is None and plan.walk:
            seqs = [r[0] for r in conn.execute(select + plan.where + order, [*plan.params, limit, offset])]
    if seqs is None:
        seqs = [
            r[0]
            for r in conn.execute(
                f"SELECT e.seq FROM events e{plan.where} ORDER BY +e.sort_date DESC, e.seq DESC LIMIT ? OFFSET ?",
                [*plan.params, limit, offset],
            )
        ]
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS}{_EVENT_FROM} WHERE e.seq IN (SELECT value FROM json_each(?))",
        (json.dumps(seqs),),
    ).fetchall()
    place = {s: i for i, s in enumerate(seqs)}
    rows.sort(key=lambda r: place[r["seq"]])
    return Page(_event_rows(conn, rows), total, limit, offset, exact)


def _and(where: str, condition: str) -> str:
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


def _drive_instead(
    conn: sqlite3.Connection, f: EventFilter, plan: _Plan, need: int, walk_rows: float, events: int
) -> _Plan | None:
    """For a long walk (a sparse mix, a deep offset), the plan naming the smallest filter's
    events, when that set is smaller than the walk; else None. Sizes past COUNT_CAP are
    counted on to BIG_PROBE, so Vietnam (a million) and a type (14,000) are told apart."""
    if not plan.sizes:
        return None
    sizes = {
        i: _probe(conn, plan.conditions[i].probe or "", plan.conditions[i].probe_params or [], cap=BIG_PROBE)
        if n > COUNT_CAP
        else n
        for i, n in plan.sizes.items()
    }
    if len(plan.conditions) == 1:  # the walk's length, known better
        walk_rows = need * events / max(next(iter(sizes.values())), 1)
    if min(sizes.values()) >= walk_rows:
        return None
    return _plan(conn, f, drive=True, sizes=sizes, conditions=plan.conditions)


def _window_floor(conn: sqlite3.Connection, f: EventFilter, size: int) -> tuple[str, int] | None:
    """(sort_date, seq) of the ``size``-th newest event (from ``until`` on, if given), or None
    when there are fewer: the lower edge of a walk's window."""
    bound, params = ("WHERE sort_date <= ?", [f.until]) if f.until else ("", [])
    row = conn.execute(
        f"SELECT sort_date, seq FROM events INDEXED BY events_sort {bound}"
        f" ORDER BY sort_date DESC, seq DESC LIMIT 1 OFFSET {max(size, 1) - 1}",
        params,
    ).fetchone()
    return (row[0], row[1]) if row else None


def _walk_count(
    conn: sqlite3.Connection, f: EventFilter, plan: _Plan, events: int
) -> tuple[int, bool, float]:
    """(total, exact, density) for a walk with several filters, or none: its matches among
    the newest SCAN_CAP events (from ``until`` on, if given). Past COUNT_CAP matches, or when
    that window ends before the events do, the total is a lower bound and ``exact`` is False
    (pages show "N+"). ``density``, the share of those events that match, tells how far the
    walk will go for a page."""
    if not plan.conditions:
        n, exact = _count(conn, "SELECT 1 FROM events", [])
        return n, exact, 1.0
    floor = _window_floor(conn, f, SCAN_CAP)
    where = _and(plan.where, "(e.sort_date, e.seq) >= (?, ?)") if floor else plan.where
    n = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM events e INDEXED BY events_sort{where} LIMIT {COUNT_CAP + 1})",
        [*plan.params, *(floor or ())],
    ).fetchone()[0]
    density = n / min(SCAN_CAP, events)
    return min(n, COUNT_CAP), n <= COUNT_CAP and floor is None, density


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


def _count_and_floor(
    conn: sqlite3.Connection, select_rowids: str, expr: str
) -> tuple[int, bool, int, list[int]]:
    """(total, exact, floor, newest): the matches counted up to COUNT_CAP, the lowest rowid
    worth ranking, and the rowids from there up (newest first). bm25 is slow for a word on
    most pages (越南, one character, 国家主席): before scoring any row it counts every match
    in the table, 30 ms for 25,000 phrase matches at 100k pages. Past RANK_CAP matches only
    the newest RANK_CAP are ranked, and by a cheaper rule (see ``search``). One walk down
    the index, newest first, answers all three."""
    rowids = [r[0] for r in conn.execute(f"{select_rowids} ORDER BY 1 DESC LIMIT {COUNT_CAP + 1}", (expr,))]
    floor = rowids[RANK_CAP - 1] if len(rowids) > RANK_CAP else 0
    return min(len(rowids), COUNT_CAP), len(rowids) <= COUNT_CAP, floor, rowids[:RANK_CAP] if floor else []


def _rank_by_field(conn: sqlite3.Connection, expr: str, newest: list[int]) -> list[tuple[int, float]]:
    """A common word's newest matches ranked without bm25: found in the title first, then in
    the lead, then elsewhere, newest first within each (scores -8, -4, -1 echo bm25's weights)."""
    floor = newest[-1]
    found = {
        column: {
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid >= ?",
                (f"{{{column}}} : ({expr})", floor),
            )
        }
        for column in ("title", "lead")
    }
    scored = [
        (rowid, -8.0 if rowid in found["title"] else -4.0 if rowid in found["lead"] else -1.0)
        for rowid in newest
    ]
    scored.sort(key=lambda x: (x[1], -x[0]))
    return scored


def search(conn: sqlite3.Connection, f: SearchFilter) -> Page:
    """Full-text search, ranked by bm25, with snippets marked in the real text."""
    expr = match_expression(f.query)
    limit, offset = _limit(f.limit), _offset(f.offset)
    if expr is None:
        return Page([], 0, limit, offset)
    if f.target == "events":
        expr = f"evidence : ({expr})"
        total, exact, floor, _ = _count_and_floor(
            conn, "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", expr
        )
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
    total, exact, floor, newest = _count_and_floor(conn, f"SELECT documents_fts.rowid {matches}", expr)
    # Rank on the index alone, then read the few documents shown (not every match's text).
    if floor:
        ranked = _rank_by_field(conn, expr, newest)[offset : offset + limit]
    else:
        ranked = conn.execute(
            f"SELECT documents_fts.rowid, bm25(documents_fts, {_BM25_WEIGHTS}) AS score {matches}"
            " ORDER BY score LIMIT ? OFFSET ?",
            (expr, limit, offset),
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
