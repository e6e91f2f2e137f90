"""``两国…建交N周年`` where the only countries named are China and Viet Nam (or China alone on a
page of the Vietnamese agency): the anniversary counts from Viet Nam–China relations (1950)."""

from __future__ import annotations

from dyad.document import Document, Span
from dyad.extraction.times import annotate_times


def _page(body: str) -> Document:
    text = "越南领导人访华\n" + body + "\n"
    doc = Document(text=text, title=Span(0, 6), body=[Span(7, 7 + len(body))])
    annotate_times(doc)
    return doc


def _value(doc: Document, written: str) -> str | None:
    return next(t.value for t in doc.times if doc.text[t.span.start : t.span.end] == written)


def test_china_alone_and_two_countries_next_year() -> None:
    doc = _page("应中国国务院总理的邀请,越南政府总理于6月24日至27日对中国进行正式访问。明年两国将迎来建交75周年。")
    assert _value(doc, "6月24日至27日") == "2024-06-24/2024-06-27"


def test_vietnam_and_china_compound_before_the_pair_word() -> None:
    doc = _page("越南国会主席于4月7日至9日对中国进行正式访问。明年越中两国将迎来建交76周年。")
    assert _value(doc, "4月7日至9日") == "2025-04-07/2025-04-09"
