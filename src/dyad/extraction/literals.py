"""The literal words a regex cannot match without, to run it only where they occur.

Most trigger patterns find nothing on most pages (about 4 in 5 pattern-page pairs in the
samples), yet ``finditer`` still tries each pattern at every character, since a pattern that
opens with an optional group (``(?:正式|国事)?访问``) gives the regex engine no prefix to skip
to. ``required_literals`` reads a pattern's parse tree for a set of words at least one of
which every match contains (``{"访问"}`` there), and how far after the match's start each
word can begin (its lead: 2 there). A page with none of the words holds no match; on a page
with some, ``finditer_near`` tries only the few positions before each occurrence, and finds
exactly the matches ``finditer`` would. The analysis errs
towards None (no test), never towards words a match could avoid.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from heapq import heappop, heappush
from typing import Any

__all__ = ["Literals", "NearScanner", "finditer_near", "required_literals", "windows", "windows_in_order"]

# A character class with more members than this is not worth listing (一-龥 has 20,000).
_MAX_CLASS = 16
# A part wider than this counts as unbounded (``[^,]{0,30}`` is 30; ``.*`` is 4 billion).
_MAX_LEAD = 10_000


@dataclass(frozen=True, slots=True)
class Literals:
    """Every match of a pattern holds one of the words of ``leads``, starting at most that
    word's lead characters after the match's start (None: no bound known)."""

    leads: tuple[tuple[str, int | None], ...]  # (word, lead), by word

    @property
    def words(self) -> frozenset[str]:
        return frozenset(w for w, _lead in self.leads)

    @property
    def lead(self) -> int | None:
        """The largest lead (None when one is unbounded)."""
        leads = [lead for _w, lead in self.leads]
        return None if None in leads else max(leads)  # type: ignore[type-var]


def required_literals(pattern: str | re.Pattern[str]) -> Literals | None:
    """The words every match of ``pattern`` holds one of; None when unknown.

    A pattern that may match the empty string, or whose flags fold case, gets None.
    """
    regex = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    if regex.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(regex.pattern, regex.flags)

        def width(item: tuple[Any, Any]) -> int | None:
            hi = _parser.SubPattern(tree.state, [item]).getwidth()[1]
            return hi if hi <= _MAX_LEAD else None

        found = _sequence(list(tree), c, width)
    except Exception:  # a private module changed shape: no test rather than a wrong one
        return None
    return None if not found else Literals(tuple(sorted(found.items())))


_Found = dict[str, int | None]  # each word, and the most characters before it in its part


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _sequence(items: list[tuple[Any, Any]], c: Any, width: Any) -> _Found | None:
    """A concatenation: runs of literal characters are words it needs; so is any part's set."""
    options: list[_Found] = []
    run: list[str] = []
    before: int | None = 0  # the widest the parts before the current one can be
    run_at: int | None = 0
    for op, av in items:
        if op is c.LITERAL:
            if not run:
                run_at = before
            run.append(chr(av))
        else:
            if run:
                options.append({"".join(run): run_at})
                run = []
            need = _item(op, av, c, width)
            if need:
                options.append({w: _plus(before, lead) for w, lead in need.items()})
        before = _plus(before, width((op, av)))
    if run:
        options.append({"".join(run): run_at})
    if not options:
        return None
    return min(options, key=_cost)


# A rough share of a page's positions where a word of one character starts: only used to choose
# which words to test for, so a wrong guess costs time, never a match.
_CHAR_ODDS = 0.02
_UNBOUNDED = 1000  # a lead without bound: the regex runs over the rest of the window


def _cost(option: _Found) -> float:
    """What testing for these words costs a page: positions the regex must then try, about."""
    return sum(_CHAR_ODDS ** len(w) * (_UNBOUNDED if lead is None else lead + 1) for w, lead in option.items())


def _item(op: Any, av: Any, c: Any, width: Any) -> _Found | None:
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(list(sub), c, width)
    if op is c.BRANCH:
        words: _Found = {}
        for alt in av[1]:
            need = _sequence(list(alt), c, width)
            if not need:
                return None  # one alternative needs nothing: neither does the whole
            for w, lead in need.items():  # a word two alternatives need: the larger lead
                words[w] = lead if w not in words else (None if lead is None or words[w] is None else max(lead, words[w]))  # type: ignore[type-var]
        return words
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub), c, width) if low >= 1 else None  # the first round holds it
    if op is c.IN:
        chars: _Found = {}
        for kind, value in av:
            if kind is not c.LITERAL:
                return None  # a range, a category or a negation: too wide to list
            chars[chr(value)] = 0
        return chars if 0 < len(chars) <= _MAX_CLASS else None
    return None  # lookarounds, anchors, ``.``: they require no word of their own


def windows(occurrences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches a match can start in, ``(first, last)`` in order of ``first``, from the
    ``(start, lead)`` of each occurrence of a needed word."""
    return sorted((p - lead, p) for p, lead in occurrences)


def windows_in_order(occurrences: list[tuple[int, int]], lo: int, hi: int, max_lead: int) -> Iterator[tuple[int, int]]:
    """``windows(occurrences[lo:hi])``, one at a time, for occurrences in order of position whose
    leads are at most ``max_lead``: a search that stops at its first match reads only the windows
    before it (``sorted`` of all of them, per search, was quadratic on a page of thousands of names)."""
    heap: list[tuple[int, int]] = []
    for i in range(lo, hi):
        p, lead = occurrences[i]
        # every later window starts at or after p - max_lead: the ones before that are final
        while heap and heap[0][0] < p - max_lead:
            yield heappop(heap)
        heappush(heap, (p - lead, p))
    while heap:
        yield heappop(heap)


def finditer_near(
    regex: re.Pattern[str], text: str, spans: Iterable[tuple[int, int]], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)``, given ``windows`` of the occurrences of its words
    in ``text[pos:endpos]``.

    A match holds an occurrence of a needed word no further from its start than the word's
    lead, so it starts inside one of these windows. Their positions are tried in text order,
    each once, and after a match the search goes on from its end, as ``finditer``'s does. (No
    match is empty, since each holds a word, so ``finditer``'s rule for empty matches never
    applies.)
    """
    endpos = len(text) if endpos is None else endpos
    match = regex.match
    for first, last in spans:
        s = pos if pos > first else first
        while s <= last:
            m = match(text, s, endpos)
            if m is None:
                s += 1
                continue
            yield m
            pos = s = m.end()
        if pos <= last:
            pos = last + 1


class NearScanner:
    """A regex whose ``finditer`` runs only near the words it needs (same matches, less work).

    For patterns that open with a class of any width (``[^,，。]{0,12}?期间``, ``[一-龥]{1,8}?驻``)
    the regex engine tries every character of a page as a start; this tries only the few
    characters before each occurrence of a needed word. The occurrences in the last text
    scanned are kept, since the stages ask about many windows of the same page.
    """

    def __init__(self, regex: re.Pattern[str], need: Literals | None = None) -> None:
        """``need``: the words, when the regex's own parse cannot show them (they stand in a
        lookahead); it must hold for every match of ``regex``."""
        import ahocorasick

        self.regex = regex
        need = required_literals(regex) if need is None else need
        self.leads = dict(need.leads) if need is not None else {}
        self._words = ahocorasick.Automaton()
        for word, lead in sorted(self.leads.items()):
            self._words.add_word(word, (len(word), lead))
        if self.leads:
            self._words.make_automaton()
        self._max_lead = max((lead for lead in self.leads.values() if lead is not None), default=0)
        # the text (held, so its id is not reused), its occurrences' starts, (start, lead)s, and
        # how many of the first i have no bound on their lead
        self._last: tuple[str, list[int], list[tuple[int, int | None]], list[int]] | None = None

    def _occurrences(self, text: str) -> tuple[list[int], list[tuple[int, int | None]], list[int]]:
        if self._last is not None and self._last[0] is text:
            return self._last[1], self._last[2], self._last[3]
        found = sorted({(last + 1 - size, lead) for last, (size, lead) in self._words.iter(text)},
                       key=lambda o: o[0])
        unbounded = [0]
        for _p, lead in found:
            unbounded.append(unbounded[-1] + (lead is None))
        self._last = (text, [p for p, _lead in found], found, unbounded)
        return self._last[1], self._last[2], self._last[3]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``self.regex.finditer(text, start, end)``."""
        end = len(text) if end is None else end
        if not self.leads:  # no word every match needs: the plain regex
            return self.regex.finditer(text, start, end)
        starts, found, unbounded = self._occurrences(text)
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if lo == hi:
            return iter(())
        if unbounded[hi] - unbounded[lo]:  # how far before that word a match starts is unbounded
            return self.regex.finditer(text, start, end)
        spans = windows_in_order(found, lo, hi, self._max_lead)  # type: ignore[arg-type]
        return finditer_near(self.regex, text, spans, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``self.regex.search(text, start, end)``: the first match ``finditer`` gives."""
        return next(self.finditer(text, start, end), None)
