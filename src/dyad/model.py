"""What the extraction stages produce: offices, mentions, actors, time values, events.

Every value keeps the span(s) of text it came from (offsets into ``Document.text``).
``to_dict`` gives the JSON shape ``dyad extract`` prints and the store keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dyad.document import Span

__all__ = ["Office", "Mention", "Actor", "TimeValue", "Amount", "Event", "span_dict"]


def span_dict(span: Span | None, text: str) -> dict[str, Any] | None:
    return None if span is None else {"text": text[span.start : span.end], "start": span.start, "end": span.end}


@dataclass(slots=True)
class Office:
    """One office in a chain (``越共中央政治局委员``): its words, organisation and country."""

    span: Span
    title: str  # as written, e.g. "河内市委书记"
    role: str | None = None  # the office word matched at its end, e.g. "书记"
    organisation: str | None = None  # e.g. "河内市委"
    country: str | None = None  # ISO alpha-3
    sector: str | None = None  # PLOVER/CAMEO sector code: GOV, PTY, LEG, DIP, MIL, LOC, IGO ...
    kind: str | None = None  # head_of_state, foreign_minister ... (data/offices.tsv)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "title": self.title,
            "role": self.role,
            "organisation": self.organisation,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "span": span_dict(self.span, text),
        }


@dataclass(slots=True)
class Mention:
    """A person, organisation or country named in the text, with the offices written around it."""

    span: Span  # the name itself
    name: str  # as written (NBSP folded), e.g. "黄忠海", "瓦莱丽·佩克雷斯", "PaSocheatevong"
    kind: str  # person | organisation | country | group
    latin: str | None = None  # the Latin form given in brackets, trimmed, as written
    latin_span: Span | None = None
    latin_repaired: str | None = None  # "Khuong Sreng" offered for a glued "KhuongSreng"
    offices: list[Office] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None  # set when resolved within the document
    via: str = "pattern"  # pattern | lexicon | nlp (which recogniser found it)
    section: str = "main"
    teaser: int | None = None

    @property
    def title(self) -> str | None:
        """The gold convention's title: the last office of the chain, as written."""
        return self.offices[-1].title if self.offices else None

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "latin": self.latin,
            "latin_repaired": self.latin_repaired,
            "title": self.title,
            "offices": [o.to_dict(text) for o in self.offices],
            "country": self.country,
            "sector": self.sector,
            "actor_id": self.actor_id,
            "via": self.via,
            "section": self.section,
            "teaser": self.teaser,
            "span": span_dict(self.span, text),
        }


@dataclass(slots=True)
class Actor:
    """A mention cluster within one document: one real person or body, all its mentions."""

    id: str  # stable across documents: derived from name + country (+ kind)
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    latin: str | None = None
    aliases: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reading: str | None = None  # Vietnamese (Sino-Vietnamese) spelling for Vietnamese names

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "latin": self.latin,
            "aliases": list(self.aliases),
            "reading": self.reading,
            "offices": [o.to_dict(text) for o in self.offices],
            "mentions": [span_dict(m.span, text) for m in self.mentions],
        }


@dataclass(slots=True)
class TimeValue:
    """A time expression and what it resolves to.

    ``precision``: day | month | year | year-range | unknown. ``basis``: explicit, published,
    anniversary, recurring-meeting, partnership (the day a partnership was raised, told as the
    story's news), context, relative, tenure, teaser-context, none.
    """

    span: Span
    kind: str  # date | range | month | year | relative | lunar | festival | part-of-day ...
    start: str | None = None  # ISO date
    end: str | None = None
    precision: str = "unknown"
    basis: str = "none"
    basis_text: str | None = None  # the words the year came from, e.g. "越柬建交50周年"
    basis_spans: list[Span] = field(default_factory=list)
    planned: bool = False  # a future/planned event (将于明年4月举行)
    part_of_day: str | None = None  # 上午, 下午, 晚 ...
    section: str = "main"
    teaser: int | None = None

    @property
    def value(self) -> str | None:
        """The gold date form: "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD" when resolved to days."""
        if self.precision != "day" or not self.start:
            return None
        return self.start if not self.end or self.end == self.start else f"{self.start}/{self.end}"

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "text": text[self.span.start : self.span.end],
            "start_offset": self.span.start,
            "end_offset": self.span.end,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "precision": self.precision,
            "basis": self.basis,
            "basis_text": self.basis_text,
            "basis_spans": [span_dict(s, text) for s in self.basis_spans],
            "planned": self.planned,
            "part_of_day": self.part_of_day,
            "section": self.section,
            "teaser": self.teaser,
        }


@dataclass(slots=True)
class Amount:
    value: float
    currency: str  # ISO 4217, or a unit such as "doses"
    span: Span

    def to_dict(self, text: str) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "currency": self.currency, "span": span_dict(self.span, text)}


@dataclass(slots=True)
class Event:
    """A coded event: PLOVER type and mode, CAMEO code, participants, when, where, evidence."""

    id: str
    section: str  # main | related
    type: str  # PLOVER top category
    mode: str | None
    cameo: str | None
    evidence: Span  # the sentence (or clause) that states the event
    trigger: Span
    source: list[Mention] = field(default_factory=list)
    target: list[Mention] = field(default_factory=list)
    time: TimeValue | None = None
    location: str | None = None
    location_span: Span | None = None
    location_country: str | None = None
    amount: Amount | None = None
    context: list[str] = field(default_factory=list)
    planned: bool = False
    teaser: int | None = None
    parent: str | None = None  # the visit a meeting took place in
    confidence: float = 1.0
    priority: int = 0  # the trigger's priority: picks a teaser's headline event

    def to_dict(self, text: str) -> dict[str, Any]:
        t = self.time
        return {
            "id": self.id,
            "section": self.section,
            "teaser": self.teaser,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "context": list(self.context),
            "date": t.value if t else None,
            "date_start": t.start if t else None,
            "date_end": t.end if t else None,
            "date_precision": t.precision if t else "unknown",
            "date_basis": t.basis if t else "none",
            "date_basis_text": t.basis_text if t else None,
            "location": self.location,
            "location_country": self.location_country,
            "source": [_participant(m, text) for m in self.source],
            "target": [_participant(m, text) for m in self.target],
            "amount": self.amount.to_dict(text) if self.amount else None,
            "planned": self.planned,
            "parent": self.parent,
            "confidence": self.confidence,
            "evidence": span_dict(self.evidence, text),
            "spans": {
                "trigger": span_dict(self.trigger, text),
                "date": span_dict(t.span, text) if t else None,
                "location": span_dict(self.location_span, text),
                "amount": span_dict(self.amount.span, text) if self.amount else None,
                "source": [span_dict(m.span, text) for m in self.source],
                "target": [span_dict(m.span, text) for m in self.target],
            },
        }


def _participant(m: Mention, text: str) -> dict[str, Any]:
    return {
        "name": m.name,
        "latin": m.latin,
        "title": m.title,
        "country": m.country,
        "kind": m.kind,
        "sector": m.sector,
        "actor_id": m.actor_id,
    }
