"""Linking teasers to their articles, and events reported more than once into clusters.

One real event is often reported by several pages: an article, the teaser of that article
under another page's ``更多``, a re-publication. Two events are the same when they have the
same PLOVER type, compatible modes, overlapping dates (resolved to spans of at most a month:
"in 2023" overlaps too much to tell) and names in common: compared without spaces and ``·``,
one containing the other counting (unlinked pages are only searched by exact name); two
shared when both events name two, so one host meeting two guests on a day stays two
meetings; a shared person when both name people, so two leaders at one summit stay two
attendances; an event that names only countries is matched only through page links, since
a country is on half of all events. Events in a teaser and its linked article (or in near-duplicate pages) also
merge when one of them is undated.
A cluster never holds two events of the same page part (one document's main article, or
one teaser): those are distinct events by the extractor's own account.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dyad.store import dedup

__all__ = [
    "EventRow",
    "ParticipantRow",
    "cluster_events",
    "events_from_rows",
    "link_teasers",
    "refresh_clusters",
]

MIN_TITLE_KEY = 6  # shorter titles ("会谈") say too little to link a teaser by title alone
SUMMARY_SIMILARITY = 0.5  # teaser title+summary vs article title+lead, character trigrams
STUB_RATIO = 0.5  # a page whose body is under half its namesake's is that page's teaser
MAX_SPAN_DAYS = 31  # dates vaguer than a month (a year, "recently") match only within linked pages
MAX_CANDIDATES = 200

Unit = tuple[int, str, int]


def _find_article(conn: sqlite3.Connection, teaser: sqlite3.Row, exclude: int) -> tuple[int, str] | None:
    if teaser["title_key"] and len(teaser["title_key"]) >= MIN_TITLE_KEY:
        row = conn.execute(
            "SELECT id FROM documents WHERE title_key = ? AND id != ? ORDER BY duplicate_of IS NOT NULL, id"
            " LIMIT 1",
            (teaser["title_key"], exclude),
        ).fetchone()
        if row:
            return row[0], "title"
    if teaser["summary_key"]:
        for row in conn.execute(
            "SELECT id, title, lead, body FROM documents WHERE lead_key = ? AND id != ?"
            " ORDER BY duplicate_of IS NOT NULL, id LIMIT 20",
            (teaser["summary_key"], exclude),
        ):
            if _similar(teaser, row):
                return row["id"], "similarity"
    return None


def _similar(teaser: sqlite3.Row, doc: sqlite3.Row) -> bool:
    head = (doc["title"] or "") + (doc["lead"] or (doc["body"] or "").split("\n", 1)[0])
    short = (teaser["title"] or "") + (teaser["summary"] or "")
    return dedup.short_similarity(short, head) >= SUMMARY_SIMILARITY


def _teaser_events(conn: sqlite3.Connection, doc_id: int, idx: int) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT seq FROM events WHERE document_id = ? AND section = 'related' AND teaser = ?",
            (doc_id, idx),
        )
    ]


def link_teasers(conn: sqlite3.Connection, doc_id: int) -> tuple[int, list[int]]:
    """Link this page's teasers to known articles, and known teasers to this article.

    Returns the number of links made and the events of earlier teasers that were linked now
    (they must be clustered again: their article has just arrived).
    """
    links, events = 0, []
    for teaser in conn.execute(
        "SELECT id, title, summary, title_key, summary_key FROM teasers WHERE document_id = ?", (doc_id,)
    ).fetchall():
        found = _find_article(conn, teaser, doc_id)
        if found:
            conn.execute(
                "UPDATE teasers SET article_id = ?, link_basis = ? WHERE id = ?", (*found, teaser["id"])
            )
            links += 1
    doc = conn.execute(
        "SELECT id, title, lead, body, title_key, lead_key FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    title_key = doc["title_key"] if len(doc["title_key"] or "") >= MIN_TITLE_KEY else None
    for teaser in conn.execute(
        "SELECT id, document_id, idx, title, summary, title_key FROM teasers WHERE +article_id IS NULL"
        " AND +document_id != ? AND (title_key = ? OR summary_key = ?)",
        (doc_id, title_key, doc["lead_key"]),
    ).fetchall():
        basis = "title" if title_key and teaser["title_key"] == title_key else None
        if basis is None and _similar(teaser, doc):
            basis = "similarity"
        if basis:
            conn.execute(
                "UPDATE teasers SET article_id = ?, link_basis = ? WHERE id = ?",
                (doc_id, basis, teaser["id"]),
            )
            links += 1
            events += _teaser_events(conn, teaser["document_id"], teaser["idx"])
    _mark_stubs(conn, doc)
    return links, events


def _mark_stubs(conn: sqlite3.Connection, doc: sqlite3.Row) -> None:
    """A page that is only the teaser of a same-titled, much longer page: ``teaser_of``."""
    if not doc["title_key"] or len(doc["title_key"]) < MIN_TITLE_KEY:
        return
    mine = len(doc["body"] or "")
    for other_id, length in conn.execute(
        "SELECT id, length(body) FROM documents WHERE title_key = ? AND id != ? AND +duplicate_of IS NULL",
        (doc["title_key"], doc["id"]),
    ).fetchall():
        if mine < STUB_RATIO * length:
            conn.execute(
                "UPDATE documents SET teaser_of = ? WHERE id = ? AND duplicate_of IS NULL",
                (other_id, doc["id"]),
            )
        elif length < STUB_RATIO * mine:
            conn.execute(
                "UPDATE documents SET teaser_of = ? WHERE id = ? AND teaser_of IS NULL", (doc["id"], other_id)
            )


# --- event clusters ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Event:
    seq: int
    type: str
    mode: str | None
    start: str | None
    end: str | None
    unit: Unit
    cluster: int
    names: set[str]
    by_country: bool = False  # names are countries: the event names nobody else
    persons: set[str] = field(default_factory=set)


_EVENT_SQL = (
    "SELECT e.seq, e.id, e.type, e.mode, e.date_start, e.date_end, e.document_id, e.section,"
    " coalesce(e.teaser, -1) AS teaser, e.cluster_id FROM events e"
)


# An event row as the clusterer reads it: (event id, seq, type, mode, date_start, date_end,
# (document id, section, teaser or -1), cluster id); and a participant row: (event id,
# name_norm, latin, kind).
EventRow = tuple[str, int, str, str | None, str | None, str | None, Unit, int | None]
ParticipantRow = tuple[str, str, str | None, str | None]


def events_from_rows(rows: list[EventRow], participants: Iterable[ParticipantRow]) -> list[_Event]:
    """Events as the clusterer compares them, from their rows and their participants' rows.

    ``_load`` builds them from what it reads; the writer from the rows it has just inserted
    (``cluster_events(known=...)``), so a page's own events are not read back.
    """
    names: dict[str, set[str]] = {r[0]: set() for r in rows}
    countries: dict[str, set[str]] = {r[0]: set() for r in rows}
    persons: dict[str, set[str]] = {r[0]: set() for r in rows}
    for event, name_norm, latin, kind in participants:
        # a country is on half of all events: it tells an event apart only where nobody else is named
        into = countries if kind == "country" else names
        into[event].add(name_norm)
        if kind == "person":
            persons[event].add(name_norm)
        if latin:
            into[event].add(dedup.norm_name(latin))
    by_country = set()
    for event, found in names.items():
        if not found - {""}:
            found |= countries[event]
            by_country.add(event)
    return [
        _Event(
            seq,
            etype,
            mode,
            start,
            end or start,
            unit,
            cluster,
            names[event] - {""},
            event in by_country,
            persons[event] - {""},
        )
        for event, seq, etype, mode, start, end, unit, cluster in rows
    ]


def _event_row(r: tuple) -> EventRow:
    """An ``_EVENT_SQL`` row (seq first) as an ``EventRow`` (event id first)."""
    return (r[1], r[0], r[2], r[3], r[4], r[5], (r[6], r[7], r[8]), r[9])


def _seq(row: EventRow) -> int:
    return row[1]


def _with_participants(conn: sqlite3.Connection, rows: list[EventRow]) -> list[_Event]:
    """Events from their rows, with their participants read in one query."""
    if not rows:
        return []
    participants = conn.execute(
        "SELECT event_id, name_norm, latin, kind FROM participants"
        " WHERE event_id IN (SELECT value FROM json_each(?))",
        (json.dumps([r[0] for r in rows]),),
    )
    return events_from_rows(rows, participants)


def _load(conn: sqlite3.Connection, where: str, params: tuple) -> list[_Event]:
    rows = [_event_row(r) for r in conn.execute(f"{_EVENT_SQL} WHERE {where}", params).fetchall()]
    return _with_participants(conn, rows)


def _linked_units(conn: sqlite3.Connection, unit: Unit, seen: _Seen) -> list[Unit]:
    """The page parts tied to ``unit``: its teaser's article (or the teasers of its article),
    and the same part in exact-text or near-duplicate copies of its page."""
    doc, section, teaser = unit
    out: list[Unit] = []
    if section == "related":
        article = seen.articles(conn, doc).get(teaser)
        if article:
            out.append((article, "main", -1))
    else:
        out += [
            (d, "related", i)
            for d, i in conn.execute("SELECT document_id, idx FROM teasers WHERE article_id = ?", (doc,))
        ]
    return out + [(d, section, teaser) for d in seen.copies(conn, doc)]


class _Seen:
    """What one ``cluster_events`` call has read: events by seq, page links, linked events.

    Nothing it holds changes while the call runs (merges change only cluster ids, which are
    re-read before every merge), so each event and link is read once per call, not once per
    event that meets it.
    """

    __slots__ = ("_articles", "_copies", "events", "linked", "units")

    def __init__(self) -> None:
        self.events: dict[int, _Event] = {}
        self.units: dict[Unit, list[Unit]] = {}
        self.linked: dict[tuple[Unit, str], list[_Event]] = {}
        self._articles: dict[int, dict[int, int | None]] = {}
        self._copies: dict[int, list[int]] = {}

    def articles(self, conn: sqlite3.Connection, doc: int) -> dict[int, int | None]:
        """The article each teaser of ``doc`` is linked to, by teaser index."""
        found = self._articles.get(doc)
        if found is None:
            found = self._articles[doc] = dict(
                conn.execute("SELECT idx, article_id FROM teasers WHERE document_id = ?", (doc,)).fetchall()
            )
        return found

    def copies(self, conn: sqlite3.Connection, doc: int) -> list[int]:
        """The other exact-text or near-duplicate copies of ``doc`` (its original included)."""
        found = self._copies.get(doc)
        if found is None:
            row = conn.execute("SELECT duplicate_of FROM documents WHERE id = ?", (doc,)).fetchone()
            canonical = (row[0] if row else None) or doc
            ids = conn.execute("SELECT id FROM documents WHERE duplicate_of = ?", (canonical,))
            found = self._copies[doc] = sorted({canonical, *(r[0] for r in ids)} - {doc})
        return found

    def by_seq(self, conn: sqlite3.Connection, seqs: list[int]) -> list[_Event]:
        """The events ``seqs`` (those that exist), in that order; read only those not seen."""
        missing = [s for s in dict.fromkeys(seqs) if s not in self.events]
        for i in range(0, len(missing), 500):
            part = json.dumps(missing[i : i + 500])
            self.events.update(
                (e.seq, e) for e in _load(conn, "e.seq IN (SELECT value FROM json_each(?))", (part,))
            )
        return [self.events[s] for s in seqs if s in self.events]

    def by_row(self, conn: sqlite3.Connection, rows: list[EventRow]) -> list[_Event]:
        """The events of ``rows`` (already read), in that order; read the participants of
        those not seen."""
        missing = [r for r in rows if r[1] not in self.events]
        for i in range(0, len(missing), 500):
            self.events.update((e.seq, e) for e in _with_participants(conn, missing[i : i + 500]))
        return [self.events[r[1]] for r in rows]


def _linked(conn: sqlite3.Connection, e: _Event, seen: _Seen) -> list[_Event]:
    """Events of the same type in the page parts tied to ``e``'s."""
    key = (e.unit, e.type)
    out = seen.linked.get(key)
    if out is not None:
        return out
    units = seen.units.get(e.unit)
    if units is None:
        units = seen.units[e.unit] = _linked_units(conn, e.unit, seen)
    out = []
    for doc, section, teaser in units:
        for c in _load(
            conn,
            "e.document_id = ? AND e.section = ? AND coalesce(e.teaser, -1) = ? AND e.type = ?",
            (doc, section, teaser, e.type),
        ):
            out.append(seen.events.setdefault(c.seq, c))
    seen.linked[key] = out
    return out


def _span_days(e: _Event) -> int | None:
    return _days(e.start, e.end)


def _days(start: str | None, end: str | None) -> int | None:
    try:
        return (date.fromisoformat(end or "") - date.fromisoformat(start or "")).days
    except ValueError:
        return None


# Events of the same type within a month that name one of a JSON list of names, exactly (the
# normalised form drops spaces and "·"), found through one range of the (name, type, first
# day) index: a month of one type holds thousands of events at 100k pages, and a frequent
# name thousands of participations (scanning either for every new event was quadratic).
# Events that name only countries are not searched this way (a country is on half of all
# events); they join clusters through their page links. A teaser and its article are
# matched through their link, whatever their names' forms.
# The candidates' rows come with them (the join has read them): only the participants of those
# whose mode and span can match are read afterwards.
_DATED_BY_NAME = (
    "SELECT DISTINCT e.seq, e.id, e.type, e.mode, e.date_start, e.date_end, e.document_id, e.section,"
    " coalesce(e.teaser, -1), e.cluster_id FROM participants p INDEXED BY participants_name_window"
    " CROSS JOIN events e ON e.id = p.event_id"
    " WHERE p.name_norm IN (SELECT value FROM json_each(?)) AND p.event_type = ?"
    f" AND p.event_start BETWEEN date(?, '-{MAX_SPAN_DAYS} days') AND ? AND e.date_end >= ? AND e.seq != ?"
    f" LIMIT {MAX_CANDIDATES}"
)


def _candidates(conn: sqlite3.Connection, e: _Event, seen: _Seen) -> list[_Event]:
    """Events that may report the same thing: a shared name and overlapping days, or a linked page."""
    found: dict[int, _Event] = {}
    span = _span_days(e)
    if e.names and not e.by_country and span is not None and 0 <= span <= MAX_SPAN_DAYS:
        names = json.dumps(sorted(n for n in e.names if len(n) >= 2))
        window = (e.type, e.start, e.end, e.start, e.seq)
        rows = [
            row
            for row in sorted(map(_event_row, conn.execute(_DATED_BY_NAME, (names, *window))), key=_seq)
            # what cluster_events would turn down anyway: another mode, a span over a month
            if not (e.mode and row[3] and e.mode != row[3])
            and (_days(row[4], row[5] or row[4]) or 0) <= MAX_SPAN_DAYS
        ]
        for c in seen.by_row(conn, rows):
            found[c.seq] = c
    for c in _linked(conn, e, seen):
        if c.seq != e.seq and (c.start is None or e.start is None or (c.start <= e.end and c.end >= e.start)):
            found.setdefault(c.seq, c)
    return list(found.values())


def _units(conn: sqlite3.Connection, clusters: Iterable[int]) -> dict[int, set[Unit]]:
    """The page parts each of ``clusters`` holds events of (one query for all of them)."""
    out: dict[int, set[Unit]] = {}
    for cid, doc, section, teaser in conn.execute(
        "SELECT DISTINCT cluster_id, document_id, section, coalesce(teaser, -1) FROM events"
        " WHERE cluster_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(clusters) - {None})),),
    ):
        out.setdefault(cid, set()).add((doc, section, teaser))
    return out


def cluster_events(conn: sqlite3.Connection, seqs: Iterable[int], known: Iterable[_Event] = ()) -> int:
    """Merge each event's cluster with the clusters of the events that report the same thing.

    Candidates are tried best first (same start date, same mode, most shared names); a merge
    is skipped when it would put two events of one page part together. Returns merges made.
    ``known``: events just written, as ``events_from_rows`` made them (not read back).
    """
    order = list(dict.fromkeys(seqs))
    seen = _Seen()
    seen.events.update((e.seq, e) for e in known)
    events = {e.seq: e for e in seen.by_seq(conn, order)}
    merges = 0
    for seq in order:
        e = events.get(seq)
        if e is None or not e.names:  # no participant: nothing to recognise it by
            continue
        scored = []
        for c in _candidates(conn, e, seen):
            if e.mode and c.mode and e.mode != c.mode:
                continue
            if e.persons and c.persons and not dedup.names_overlap(e.persons, c.persons):
                continue  # two leaders attending one summit: two attendances, not one report
            shared = dedup.names_overlap(e.names, c.names)
            # both sides of a dyad where both events name two: one shared host is not one meeting
            if shared and shared >= min(2, len(e.names), len(c.names)):
                scored.append(((c.start == e.start, c.mode == e.mode, shared, -c.seq), c))
        if not scored:
            continue
        scored.sort(key=lambda pair: pair[0], reverse=True)
        # Clusters as they are now: earlier events of this call may have merged them.
        current = dict(
            conn.execute(
                "SELECT seq, cluster_id FROM events WHERE seq IN (SELECT value FROM json_each(?))",
                (json.dumps([e.seq, *(c.seq for _, c in scored)]),),
            ).fetchall()
        )
        mine = current[e.seq]
        # A merge moves only clusters into ``mine``: the parts of the others stay as read here.
        parts = _units(conn, current.values())
        units = set(parts.get(mine, ()))
        merged = False
        for _, c in scored:
            theirs_id = current[c.seq]
            if theirs_id == mine:
                continue
            theirs = parts.get(theirs_id, set())
            if units & theirs:
                continue
            keep, drop = min(mine, theirs_id), max(mine, theirs_id)
            conn.execute("UPDATE events SET cluster_id = ? WHERE cluster_id = ?", (keep, drop))
            conn.execute("DELETE FROM event_clusters WHERE id = ?", (drop,))
            current = {k: keep if v == drop else v for k, v in current.items()}
            mine, merged = keep, True
            units |= theirs
            merges += 1
        if merged:
            refresh_clusters(conn, [mine])
    return merges


def refresh_clusters(conn: sqlite3.Connection, clusters: Iterable[int]) -> None:
    """Recount clusters' events and sources (distinct documents); drop the emptied ones."""
    for cid in set(clusters):
        conn.execute(
            "UPDATE event_clusters SET"
            " event_count = (SELECT count(*) FROM events WHERE cluster_id = :c),"
            " source_count = (SELECT count(DISTINCT document_id) FROM events WHERE cluster_id = :c),"
            " date_start = (SELECT min(date_start) FROM events WHERE cluster_id = :c),"
            " date_end = (SELECT max(date_end) FROM events WHERE cluster_id = :c) WHERE id = :c",
            {"c": cid},
        )
        conn.execute("DELETE FROM event_clusters WHERE id = ? AND event_count = 0", (cid,))
