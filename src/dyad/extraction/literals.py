"""The literal words a regex cannot match without, to run it only where they occur.

Most trigger patterns find nothing on most pages (about 4 in 5 pattern-page pairs in the
samples), yet ``finditer`` still tries each pattern at every character, since a pattern that
opens with an optional group (``(?:正式|国事)?访问``) gives the regex engine no prefix to skip
to. ``required_literals`` reads a pattern's parse tree for a set of words at least one of
which every match contains (``{"访问"}`` there), and how far after the match's start that
word can begin (``lead``: 2 there). A page with none of the words holds no match; on a page
with some, ``finditer_near`` tries only the few positions before each occurrence, and finds
exactly the matches ``finditer`` would. The analysis errs
towards None (no test), never towards words a match could avoid.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Literals", "NearScanner", "finditer_near", "required_literals"]

# A character class with more members than this is not worth listing (一-龥 has 20,000).
_MAX_CLASS = 16
# A part wider than this counts as unbounded (``[^,]{0,30}`` is 30; ``.*`` is 4 billion).
_MAX_LEAD = 10_000


@dataclass(frozen=True, slots=True)
class Literals:
    """Every match of a pattern holds one of ``words``, starting at most ``lead`` characters
    after the match's start (None: no bound known)."""

    words: frozenset[str]
    lead: int | None


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
    return None if found is None else Literals(frozenset(found[0]), found[1])


_Found = tuple[set[str], int | None]  # the words, and the most characters before one in its part


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
                options.append(({"".join(run)}, run_at))
                run = []
            need = _item(op, av, c, width)
            if need:
                options.append((need[0], None if before is None or need[1] is None else before + need[1]))
        w = width((op, av))
        before = None if before is None or w is None else before + w
    if run:
        options.append(({"".join(run)}, run_at))
    if not options:
        return None
    return min(options, key=_cost)


# A rough share of a page's positions where a word of one character starts: only used to choose
# which words to test for, so a wrong guess costs time, never a match.
_CHAR_ODDS = 0.02
_UNBOUNDED = 1000  # a lead without bound: the regex runs over the rest of the window


def _cost(option: _Found) -> float:
    """What testing for these words costs a page: positions the regex must then try, about."""
    words, lead = option
    return sum(_CHAR_ODDS ** len(w) for w in words) * (_UNBOUNDED if lead is None else lead + 1)


def _item(op: Any, av: Any, c: Any, width: Any) -> _Found | None:
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(list(sub), c, width)
    if op is c.BRANCH:
        words: set[str] = set()
        lead: int | None = 0
        for alt in av[1]:
            need = _sequence(list(alt), c, width)
            if not need:
                return None  # one alternative needs nothing: neither does the whole
            words |= need[0]
            lead = None if lead is None or need[1] is None else max(lead, need[1])
        return words, lead
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub), c, width) if low >= 1 else None  # the first round holds it
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is not c.LITERAL:
                return None  # a range, a category or a negation: too wide to list
            chars.add(chr(value))
        return (chars, 0) if 0 < len(chars) <= _MAX_CLASS else None
    return None  # lookarounds, anchors, ``.``: they require no word of their own


def finditer_near(
    regex: re.Pattern[str], text: str, lead: int, starts: list[int], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)`` for a pattern whose ``Literals`` have this ``lead``,
    given the sorted start offsets of the occurrences of its words in ``text[pos:endpos]``.

    A match starting at ``s`` holds an occurrence starting in ``s..s+lead``, so only the
    ``lead + 1`` positions up to each occurrence can start one: they are tried in text order,
    and after a match the next search begins at its end, as ``finditer``'s does. (No match is
    empty, since each holds a word, so ``finditer``'s rule for empty matches never applies.)
    """
    endpos = len(text) if endpos is None else endpos
    for p in starts:
        if p < pos:
            continue  # inside the last match, or a window already tried
        for s in range(max(pos, p - lead), p + 1):
            m = regex.match(text, s, endpos)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = p + 1


class NearScanner:
    """A regex whose ``finditer`` runs only near the words it needs (same matches, less work).

    For patterns that open with a class of any width (``[^,，。]{0,12}?期间``, ``[一-龥]{1,8}?驻``)
    the regex engine tries every character of a page as a start; this tries only the ``lead``
    characters before each occurrence of a needed word. The occurrences of the last text
    scanned are kept, since the stages ask about many windows of the same page.
    """

    def __init__(self, regex: re.Pattern[str]) -> None:
        import ahocorasick

        self.regex = regex
        need = required_literals(regex)
        self.lead = None if need is None else need.lead
        self._words = ahocorasick.Automaton()
        if need is not None:
            for word in sorted(need.words):
                self._words.add_word(word, len(word))
            self._words.make_automaton()
        self._last: tuple[str, list[int]] | None = None  # holds the text, so its id is not reused

    def _starts(self, text: str) -> list[int]:
        if self._last is not None and self._last[0] is text:
            return self._last[1]
        starts = sorted({last + 1 - size for last, size in self._words.iter(text)})
        self._last = (text, starts)
        return starts

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``self.regex.finditer(text, start, end)``."""
        end = len(text) if end is None else end
        if not len(self._words):  # no word every match needs: the plain regex
            return self.regex.finditer(text, start, end)
        starts = self._starts(text)
        window = starts[bisect_left(starts, start) : bisect_left(starts, end)]
        if not window:
            return iter(())
        if self.lead is None:  # the words occur, but how far before them a match starts is unbounded
            return self.regex.finditer(text, start, end)
        return finditer_near(self.regex, text, self.lead, window, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``self.regex.search(text, start, end)``: the first match ``finditer`` gives."""
        return next(self.finditer(text, start, end), None)
