"""A verb of marking between the country and the word counted from (``中国隆重纪念建国75周年``,
``老挝庆祝国庆50周年``) still dates the page from the country's founding; one still ahead
(``即将迎来``) stays an occasion, as before."""

from __future__ import annotations

from dyad.document import Document, Span
from dyad.extraction.times import annotate_times


def _page(body: str) -> Document:
    text = "两国领导人通电话\n" + body + "\n"
    doc = Document(text=text, title=Span(0, 8), body=[Span(9, 9 + len(body))])
    annotate_times(doc)
    return doc


def _value(doc: Document, written: str) -> str | None:
    return next(t.value for t in doc.times if doc.text[t.span.start : t.span.end] == written)


def test_founding_anniversary_after_marking_verb() -> None:
    doc = _page("10月3日,甲国领导人与乙国领导人通电话。甲方对中国纪念建国75周年表示祝贺。")
    assert _value(doc, "10月3日") == "2024-10-03"


def test_national_day_after_celebrating_verb() -> None:
    doc = _page("11月28日,两国外长通电话。越方祝贺老挝庆祝国庆50周年。")
    assert _value(doc, "11月28日") == "2025-11-28"
