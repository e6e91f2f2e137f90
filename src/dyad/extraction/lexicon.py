"""The lexicons the actor and event stages match against, built once from ``dyad/data``.

Country, place and organisation names go into one Aho-Corasick automaton (pyahocorasick),
so a whole page is scanned for all of them in one pass; office words into a second one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from dyad.data import load_table, table_names

__all__ = ["GeoEntry", "Lexicon", "lexicon", "longest_matches"]


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """A country, place or organisation name and what it tells: country, sector, kind."""

    name: str
    kind: str  # country | capital | city | province | region | district | organisation | side
    country: str | None
    sector: str | None = None
    canonical: str | None = None


@dataclass(slots=True)
class Lexicon:
    geo: ahocorasick.Automaton
    offices: ahocorasick.Automaton
    office_info: dict[str, dict[str, str]]
    short_forms: dict[str, str]
    surnames: set[str]
    surname_origin: dict[str, str]
    translit: set[str]
    persons: dict[str, dict[str, str]]
    person_automaton: ahocorasick.Automaton
    country_names: dict[str, str] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()
    short_pair: re.Pattern[str] | None = None
    capitals: dict[str, str] = field(default_factory=dict)  # iso3 -> capital, as written


def _rows(name: str) -> list[dict[str, str]]:
    return list(load_table(name).rows) if name in table_names() else []


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


# Per automaton, the last long text scanned and all its matches (overlapping, in (start, -length)
# order): the stages ask about many small windows of the same page, so the page is scanned once.
# The entry holds the automaton itself, so its id cannot be reused by another while cached.
_PAGE_SCANS: dict[int, tuple[ahocorasick.Automaton, str, list[int], list[tuple[int, int, object]]]] = {}
_PAGE_MIN = 200


def _all_matches(automaton: ahocorasick.Automaton, text: str) -> tuple[list[int], list[tuple[int, int, object]]]:
    cached = _PAGE_SCANS.get(id(automaton))
    if cached is not None and cached[0] is automaton and cached[1] is text:
        return cached[2], cached[3]
    found = [(last + 1 - len(value[0]), last + 1, value[1]) for last, value in automaton.iter(text)]
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    starts = [m[0] for m in found]
    _PAGE_SCANS[id(automaton)] = (automaton, text, starts, found)
    return starts, found


def longest_matches(automaton: ahocorasick.Automaton, text: str, start: int = 0, end: int | None = None):
    """Non-overlapping matches, leftmost-longest: ``(start, end, value)`` in text order.

    Entries of kind ``blocker`` (ordinary words hiding a name, ``发展中国家``) take their
    stretch and are then dropped, so the name inside them is not reported.
    """
    # clamped: callers pass windows such as ``pos + 20`` that can run past the text, and
    # pyahocorasick's ``iter(text, start, end)`` does not clamp ``end`` itself
    end = len(text) if end is None else min(end, len(text))
    start = max(start, 0)
    if len(automaton) == 0 or end <= start:
        return []
    if len(text) >= _PAGE_MIN:  # a window of a page: the matches starting inside it (those ending past it are skipped below)
        starts, every = _all_matches(automaton, text)
        found = every[bisect_left(starts, start) : bisect_left(starts, end)]
    else:
        found = [(last + 1 - len(value[0]), last + 1, value[1]) for last, value in automaton.iter(text, start, end)]
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
    out, pos = [], start
    for s, e, v in found:
        if s < pos or e > end:
            continue
        if (text[s].isascii() or text[e - 1].isascii()) and _inside_latin_word(text, s, e):
            continue  # "AP" (美联社) inside "KVMAP": part of another Latin word, not the name
        out.append((s, e, v))
        pos = e
    return [m for m in out if getattr(m[2], "kind", None) != "blocker"]


def _inside_latin_word(text: str, s: int, e: int) -> bool:
    """A match that begins or ends with a Latin letter glued to another Latin letter
    (``AP`` in ``KVMAP``, ``UN`` in ``UNDP``) is a piece of a longer word."""
    def latin(ch: str) -> bool:
        return ch.isascii() and ch.isalpha()

    return (latin(text[s]) and s > 0 and latin(text[s - 1])) or (
        latin(text[e - 1]) and e < len(text) and latin(text[e])
    )


def _add(auto: ahocorasick.Automaton, key: str, entry: object, priority: dict[str, int], rank: int) -> None:
    """Add ``key``; when two tables name the same string, the lower rank (more specific) wins."""
    if not key or (key in priority and priority[key] <= rank):
        return
    priority[key] = rank
    auto.add_word(key, (key, entry))


# kinds of bodies whose names join two fields with 与, written 和 as often (农业与/和农村发展部)
_AND_WRITTEN_HE = frozenset({"ministry", "government"})


@cache
def lexicon() -> Lexicon:
    """Build every automaton and table from the data files (once per process)."""
    geo = ahocorasick.Automaton()
    prio: dict[str, int] = {}
    country_names: dict[str, str] = {}
    short_forms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in _rows("organisations"):
        entry = GeoEntry(row["name"], "organisation", row.get("country") or None, row.get("sector") or None)
        keys = [row["name"], *_split(row.get("aliases", ""))]
        if row.get("kind") in _AND_WRITTEN_HE:  # "农业和农村发展部": a ministry's 与 is often written 和
            keys += [k.replace("与", "和") for k in keys if "与" in k]
        for key in keys:
            _add(geo, key, entry, prio, 0)
    for row in _rows("countries"):
        iso = row["iso3"]
        if row.get("capital"):
            capitals[iso] = row["capital"]
        entry = GeoEntry(row["zh"], "country", iso, "GOV", canonical=row["zh"])
        for key in [row["zh"], *_split(row.get("aliases", ""))]:
            _add(geo, key, entry, prio, 1)
            country_names[key] = iso
        for short in _split(row.get("short", "")):
            short_forms.setdefault(short, iso)
    for row in _rows("places"):
        entry = GeoEntry(row["name"], row.get("kind") or "place", row.get("country") or None, "LOC")
        for key in [row["name"], *_split(row.get("aliases", ""))]:
            _add(geo, key, entry, prio, 2)
    for row in _rows("sides"):
        entry = GeoEntry(row["word"], "side", row.get("country") or None)
        _add(geo, row["word"], entry, prio, 0)
    for row in _rows("stop_phrases"):  # longer ordinary words that hide a name inside them
        _add(geo, row["phrase"], GeoEntry(row["phrase"], "blocker", None), prio, -1)
    geo.make_automaton() if len(geo) else None

    offices = ahocorasick.Automaton()
    office_info: dict[str, dict[str, str]] = {}
    for row in _rows("offices"):
        title = row["title"]
        office_info[title] = row
        offices.add_word(title, (title, row))
    offices.make_automaton() if len(offices) else None

    surname_origin = {r["surname"]: r.get("origin", "") for r in _rows("surnames")}
    translit = {r["char"] for r in _rows("translit_chars")}

    persons: dict[str, dict[str, str]] = {}
    person_auto = ahocorasick.Automaton()
    for row in _rows("tenure"):
        name = row["person"]
        if len(name) >= 2 and name not in persons:
            persons[name] = row
            person_auto.add_word(name, (name, row))
    person_auto.make_automaton() if len(person_auto) else None

    shorts = "".join(sorted({s for s in short_forms if len(s) == 1}))
    short_pair = re.compile(f"[{re.escape(shorts)}]{{2,3}}") if shorts else None
    return Lexicon(
        geo=geo,
        offices=offices,
        office_info=office_info,
        short_forms=short_forms,
        surnames=set(surname_origin),
        surname_origin=surname_origin,
        translit=translit,
        persons=persons,
        person_automaton=person_auto,
        country_names=country_names,
        short_pair=short_pair,
        capitals=capitals,
        common_words=frozenset(r["word"] for r in _rows("common_words")),
    )
