"""Helpers for the store tests: VNA-shaped pages, and documents with hand-built events.

The actor, time and event stages are written elsewhere; until they land, these tests build
``dyad.model`` objects on parsed Documents by hand (``add_event``), or register
``dictionary_stage`` (test code only) so the real ingest path codes a few events.
"""

from __future__ import annotations

import re
from pathlib import Path

from dyad.document import Document, Span
from dyad.model import Actor, Amount, Event, Mention, Office, TimeValue
from dyad.pipeline import parse_page

# name -> (country, office title written before the name)
PEOPLE = {
    "范平明": ("VNM", "越南政府副总理兼外交部长"),
    "王毅": ("CHN", "中国国务委员兼外交部长"),
    "黄忠海": ("VNM", "河内市委书记"),
    "坤盛": ("KHM", "金边市长"),
    "洪森": ("KHM", "柬埔寨王国政府首相"),
    "黎怀忠": ("VNM", "外交部副部长"),
    "罗照辉": ("CHN", "中国外交部副部长"),
}
MODES = {
    "会谈": ("CONSULT", "talks"),
    "会见": ("CONSULT", "meeting"),
    "访问": ("CONSULT", "visit"),
    "通电话": ("CONSULT", "phone"),
    "援助": ("AID", None),
    "签署": ("AGREE", "sign"),
}


def page(
    title: str,
    paragraphs: list[str],
    *,
    lead: str | None = None,
    teasers: list[tuple[str, str]] | None = None,
) -> str:
    """A text page shaped like the agency's: title, lead, dated body, signature, 更多 teasers."""
    lead = lead or paragraphs[0]
    lines = [title, "", lead, "", f"越通社河内——{paragraphs[0]}", ""]
    for p in paragraphs[1:]:
        lines += [p, ""]
    lines[-2] += "(越通社——VNA)"
    lines += ["越通社", ""]
    if teasers:
        lines += ["更多", ""]
        for t_title, summary in teasers:
            lines += [t_title, "", summary, ""]
    return "\n".join(lines)


def write_pages(folder: Path, pages: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in pages.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


_BODY = re.compile(r"(?:峰会|会议|论坛|协会|大学|政府|外交部)$")


def _mention(doc: Document, name: str, start: int, section: str, teaser: int | None) -> Mention:
    country, title = PEOPLE.get(name, (None, None))
    span = Span(start, start + len(name))
    offices = []
    if title:
        before = doc.text.rfind(title, 0, start)
        office_span = Span(before, before + len(title)) if before >= 0 else span
        offices.append(
            Office(
                span=office_span,
                title=title,
                role=title[-2:],
                organisation=title[:-2] or None,
                country=country,
                sector="GOV",
                kind=None,
            )
        )
    return Mention(
        span=span,
        name=name,
        kind="organisation" if _BODY.search(name) else "person",
        offices=offices,
        country=country,
        sector="GOV",
        actor_id=f"{name}|{country}",
        section=section,
        teaser=teaser,
    )


def _actors(doc: Document) -> None:
    """Rebuild doc.actors from the mentions of doc.events (one actor per id)."""
    actors: dict[str, Actor] = {}
    for ev in doc.events:
        for m in [*ev.source, *ev.target]:
            a = actors.setdefault(
                m.actor_id,
                Actor(
                    id=m.actor_id, name=m.name, kind=m.kind, country=m.country, sector=m.sector, latin=m.latin
                ),
            )
            a.mentions.append(m)
            for o in m.offices:
                if all(o.title != x.title for x in a.offices):
                    a.offices.append(o)
    doc.actors = list(actors.values())


def add_event(
    doc: Document,
    evidence: str,
    type_: str,
    mode: str | None,
    source: list[str],
    target: list[str],
    *,
    date: str | None = None,
    end: str | None = None,
    amount: float | None = None,
    location: str | None = None,
    section: str = "main",
    teaser: int | None = None,
    occurrence: int = 0,
) -> Event:
    """Attach an Event whose evidence is the ``occurrence``-th copy of ``evidence`` in the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.find(evidence, start + 1)
    assert start >= 0, f"{evidence!r} not in the page"
    ev_span = Span(start, start + len(evidence))

    def mention(name: str) -> Mention:
        at = doc.text.find(name, start, ev_span.end)
        assert at >= 0, f"{name!r} not in the evidence"
        return _mention(doc, name, at, section, teaser)

    time = None
    if date:
        time = TimeValue(
            span=ev_span,
            kind="date" if not end else "range",
            start=date,
            end=end or date,
            precision="day",
            basis="explicit",
        )
    money = Amount(value=amount, currency="USD", span=ev_span) if amount else None
    ev = Event(
        id=f"e{len(doc.events) + 1}",
        section=section,
        type=type_,
        mode=mode,
        cameo=None,
        evidence=ev_span,
        trigger=ev_span,
        source=[mention(n) for n in source],
        target=[mention(n) for n in target],
        time=time,
        location=location,
        amount=money,
        teaser=teaser,
    )
    doc.events.append(ev)
    _actors(doc)
    return ev


_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MONEY = re.compile(r"(\d+)万美元")


def dictionary_stage(doc: Document) -> None:
    """Test-only event coder: a sentence naming two PEOPLE and a trigger word is one event."""
    parts = [("main", None, s) for s in doc.main_spans()]
    for i, t in enumerate(doc.teasers):
        parts += [("related", i, s) for s in t.parts()]
    for section, teaser, span in parts:
        for m in _SENTENCE.finditer(doc.text, span.start, span.end):
            sentence = m.group()
            names = sorted((sentence.find(n), n) for n in PEOPLE if n in sentence)
            trigger = next((t for t in MODES if t in sentence), None)
            if len(names) < 2 or trigger is None:
                continue
            type_, mode = MODES[trigger]
            d = _DATE.search(sentence)
            date = f"{int(d[1]):04d}-{int(d[2]):02d}-{int(d[3]):02d}" if d else None
            money = _MONEY.search(sentence)
            add_event(
                doc,
                sentence,
                type_,
                mode,
                [names[0][1]],
                [n for _, n in names[1:]],
                date=date,
                amount=float(money[1]) * 1e4 if money else None,
                section=section,
                teaser=teaser,
                occurrence=doc.text.count(sentence, 0, m.start()),
            )


def parsed(text: str) -> Document:
    return parse_page(text)


TALKS = "2019年4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。"
TALKS_TITLE = "越中两国外交部长举行会谈"
FILLER = [
    "双方就两党两国高层领导的互访和接触活动促进和准备工作计划达成一致,一致同意加强两国各部委、行业的合作力度。",
    "范平明强调,越南党和政府重视并希望越中全面战略合作伙伴关系进一步向前发展。",
    "王毅认为大湄公河次区域合作第六次领导人会议有助于促进各成员国的合作关系,同时提升越南的国际威望。",
]
