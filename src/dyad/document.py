"""The document model: one text, and spans that point into it by character offsets.

Like spaCy's ``Doc``/``Span``: nothing extracted from a page is a loose string. A ``Document``
owns ``text`` (the decoded page text, exactly as the page wrote it) and ``norm`` (the same
text with full-width digits, Latin letters and spaces folded to ASCII, *same length*), so the
extractors match on ``norm`` while every value they output slices the original ``text`` with
the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Span", "Teaser", "Document", "normalise_width", "DyadInputError"]


class DyadInputError(ValueError):
    """The one documented error of ``dyad.extract``: the input is not a readable article page.

    ``reason`` is a short machine-friendly code (empty, binary, undecodable, not-an-article,
    too-large); the message says what is wrong in words.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


_WIDTH_TABLE = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH_TABLE.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH_TABLE.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20})
_WIDTH_TABLE.update({0xFF08: ord("("), 0xFF09: ord(")"), 0xFF0C: ord(","), 0xFF1A: ord(":")})
_WIDTH_TABLE.update({0xFF0E: ord("."), 0xFF0D: ord("-"), 0xFF0F: ord("/"), 0xFF05: ord("%")})
# the other dots older pages put inside transliterated names (皮埃尔•洛朗, 巴妮・雅陶都, 德米特里∙梅德韦杰夫):
# the name dot ·
_WIDTH_TABLE.update({0x2022: 0xB7, 0x30FB: 0xB7, 0xFF65: 0xB7, 0x2027: 0xB7, 0x2219: 0xB7, 0x22C5: 0xB7})
# the en dash some pages put inside a hyphenated given name (让–巴蒂斯特•勒莫瓦纳): the hyphen, which
# every rule reading a range or a name accepts alike
_WIDTH_TABLE.update({0x2013: 0x2D})
# the other long dashes a page or a crawl's code page writes for the em dash of a dateline or a signature
# (越通社河内――, (越通社―VNA)): the horizontal bar, the two- and three-em dashes, the small em dash
# a carriage return (CRLF line ends, or CR alone) is a line end: rules that read a line's end see a newline
_WIDTH_TABLE.update({0x0D: 0x0A})
_WIDTH_TABLE.update({0x2015: 0x2014, 0x2E3A: 0x2014, 0x2E3B: 0x2014, 0xFE58: 0x2014})


# The same folding as a regex: ``str.translate`` looks every character of a page up in the
# table (~100 µs a page), the regex skips the many that are not in it (~5 µs).
_WIDE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_WIDTH_TABLE)) + "]")
_NARROW = {chr(c): chr(n) for c, n in _WIDTH_TABLE.items()}


def _narrow(m: re.Match[str]) -> str:
    return _NARROW[m.group()]


# a full stop some pages put between the parts of a transliterated name (约翰.史密斯, 约翰．史密斯, 阿尼. 苏克辣):
# a stop right between two Chinese characters (a space may follow it) is the name dot ·, never a sentence end
# (which is 。) nor a number's point (between digits)
_STOP_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\.(?= ?[\u4e00-\u9fff])")


def normalise_width(text: str) -> str:
    """Fold full-width digits, Latin letters, brackets and odd spaces to ASCII (and name dots to ``·``), one char for one.

    The result always has the length of the input, so offsets into it are offsets into the
    original text. (What ``text.translate(_WIDTH_TABLE)`` gives, and a full stop between two
    Chinese characters read as the name dot.)
    """
    out = _WIDE.sub(_narrow, text)
    return _STOP_IN_NAME.sub("·", out) if "." in out else out


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch ``[start, end)`` of a document's text, with a label saying what it is."""

    start: int
    end: int
    label: str = ""

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"text": text[self.start : self.end], "start": self.start, "end": self.end}


@dataclass(slots=True)
class Teaser:
    """One item of the ``更多`` list after the main article: caption, title, summary spans."""

    caption: Span | None = None
    title: Span | None = None
    summary: Span | None = None
    url: str | None = None

    @property
    def span(self) -> Span:
        parts = [p for p in (self.caption, self.title, self.summary) if p is not None]
        return Span(min(p.start for p in parts), max(p.end for p in parts), "teaser")

    def parts(self) -> list[Span]:
        return [p for p in (self.title, self.summary) if p is not None]


@dataclass(slots=True)
class Document:
    """A parsed page: its text and the spans of its parts.

    ``body`` holds the main article's paragraphs with the dateline and signature cut off;
    ``lead`` is the summary shown above the article (when the body repeats it, only the body
    copy is read for events, so a fact is not found twice).
    """

    text: str
    url: str | None = None
    source_format: str = "text"  # text | html
    title: Span | None = None
    lead: Span | None = None
    captions: list[Span] = field(default_factory=list)
    dateline: Span | None = None
    dateline_place: Span | None = None
    body: list[Span] = field(default_factory=list)
    signature: Span | None = None
    teasers: list[Teaser] = field(default_factory=list)
    published: str | None = None  # ISO date when the page or the caller states it
    meta: dict[str, Any] = field(default_factory=dict)
    norm: str = ""
    warnings: list[str] = field(default_factory=list)
    # Filled by the extraction stages (dyad.extract.*), in this order:
    mentions: list[Any] = field(default_factory=list)  # people/organisations with offices
    actors: list[Any] = field(default_factory=list)  # mentions resolved within the document
    times: list[Any] = field(default_factory=list)  # time expressions, resolved
    events: list[Any] = field(default_factory=list)  # coded events with evidence
    stats: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.norm:
            self.norm = normalise_width(self.text)
        if len(self.norm) != len(self.text):
            raise ValueError("norm must have the length of text")

    def slice(self, span: Span | None) -> str:
        return "" if span is None else self.text[span.start : span.end]

    @property
    def lead_repeated(self) -> bool:
        """True when the body's first paragraph restates the lead (the usual VNA shape)."""
        if self.lead is None or not self.body:
            return False
        if self.meta.get("lead_restated"):  # the reader found the body's copy (with more words or glosses)
            return True
        lead = self.norm[self.lead.start : self.lead.end].strip()
        first = self.norm[self.body[0].start : self.body[0].end].strip()
        return bool(lead) and (first.startswith(lead[:20]) or lead.startswith(first[:20]))

    def main_spans(self) -> list[Span]:
        """The spans of the main article that carry facts: title, lead (unless repeated), body."""
        spans = [s for s in (self.title,) if s is not None]
        if self.lead is not None and not self.lead_repeated:
            spans.append(self.lead)
        return spans + list(self.body)

    def section_of(self, offset: int) -> tuple[str, int | None]:
        """Which part an offset lies in: ("main", None), ("related", teaser index) or ("other", None)."""
        for i, (start, end) in enumerate(_teaser_bounds(self.teasers)):
            if start <= offset < end:
                return "related", i
        return "main", None

    def all_spans(self) -> list[Span]:
        spans = [s for s in (self.title, self.lead, self.dateline, self.signature) if s]
        spans += self.captions + self.body
        for t in self.teasers:
            spans += [p for p in (t.caption, t.title, t.summary) if p is not None]
        return spans


# The teaser list last asked about (held, so its id is not reused) and each teaser's bounds: the
# stages ask ``section_of`` thousands of times per page, and a teaser is fixed once parsed.
_TEASER_BOUNDS: tuple[list[Teaser], int, list[tuple[int, int]]] | None = None


def _teaser_bounds(teasers: list[Teaser]) -> list[tuple[int, int]]:
    """``(t.span.start, t.span.end)`` of each teaser, computed once per teaser list."""
    global _TEASER_BOUNDS
    cached = _TEASER_BOUNDS
    if cached is not None and cached[0] is teasers and cached[1] == len(teasers):
        return cached[2]
    bounds = [(sp.start, sp.end) for sp in (t.span for t in teasers)]
    _TEASER_BOUNDS = (teasers, len(teasers), bounds)
    return bounds
