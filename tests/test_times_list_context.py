"""A main article with no year of its own takes the year of the teasers listed under it."""

from __future__ import annotations

from dyad.document import Document, Span, Teaser
from dyad.extraction.times import annotate_times
from dyad.model import TimeValue


def page(paras: list[str], teasers: list[tuple[str, str]], published: str | None = None) -> Document:
    text = ""

    def add(s: str) -> Span:
        nonlocal text
        start = len(text)
        text += s + "\n"
        return Span(start, start + len(s))

    title = add("越南外交部发言人回答记者提问")
    body = [add(p) for p in paras]
    tz = [Teaser(title=add(t), summary=add(s)) for t, s in teasers]
    doc = Document(text=text, title=title, body=body, teasers=tz, published=published)
    annotate_times(doc)
    return doc


def tv(doc: Document, written: str) -> TimeValue:
    found = [t for t in doc.times if doc.text[t.span.start : t.span.end] == written]
    assert found, [doc.text[t.span.start : t.span.end] for t in doc.times]
    return found[0]


TEASERS = [
    ("越南领导人致电祝贺老挝国庆", "值此老挝人民民主共和国成立48周年之际,越南领导人致电祝贺。"),
    ("越南政府总理会见日本外务大臣", "11月25日,越南政府总理在河内会见日本外务大臣。今年恰逢越日建交50周年。"),
]


def test_a_spokespersons_day_takes_the_year_of_the_teasers_below() -> None:
    doc = page(["越南外交部发言人11月30日在例行记者会上表示,越南反对任何侵犯其主权的行为。"], TEASERS)
    t = tv(doc, "11月30日")
    assert t.start == "2023-11-30"
    assert t.basis == "teaser-context"


def test_the_publication_date_still_comes_first() -> None:
    doc = page(
        ["越南外交部发言人11月30日在例行记者会上表示,越南反对任何侵犯其主权的行为。"], TEASERS, "2019-12-01"
    )
    assert tv(doc, "11月30日").start == "2019-11-30"


def test_a_day_early_in_the_year_is_placed_nearest_the_list() -> None:
    doc = page(["越南外交部发言人1月4日在例行记者会上表示,越南反对任何侵犯其主权的行为。"], TEASERS)
    assert tv(doc, "1月4日").start == "2024-01-04"
