"""Two anniversaries that disagree on the year: the one told with 今年 (``今年恰逢…N周年``) says
which year the page is in; one that only names what a commemoration is for may be a year behind."""

from __future__ import annotations

from dyad.document import Document, Span
from dyad.extraction.times import annotate_times


def _page(body: str) -> Document:
    text = "越南总理出席纪念峰会\n" + body + "\n"
    doc = Document(text=text, title=Span(0, 10), body=[Span(11, 11 + len(body))])
    annotate_times(doc)
    return doc


def _value(doc: Document, written: str) -> str | None:
    return next(t.value for t in doc.times if doc.text[t.span.start : t.span.end] == written)


def test_this_years_anniversary_wins_over_a_commemorated_one() -> None:
    doc = _page(
        "越南政府总理于1月24日至26日赴新德里出席东盟—印度对话关系建立25周年纪念峰会。"
        "1月25日,两国总理举行会晤。越方表示,今年恰逢越印建交46周年。"
    )
    assert _value(doc, "1月24日至26日") == "2018-01-24/2018-01-26"
    assert _value(doc, "1月25日") == "2018-01-25"


def test_anniversaries_that_agree_are_unchanged() -> None:
    doc = _page("越南国家主席于3月9日至11日对印度尼西亚进行国事访问。今年恰逢越印尼建交70周年。")
    assert _value(doc, "3月9日至11日") == "2025-03-09/2025-03-11"


def test_without_this_year_the_nearest_anniversary_counts() -> None:
    # (not the ASEAN-India summit for 25 years, which recurring_meetings.tsv now dates to January 2018,
    # as the sample corpus's gold dates it: a summit held the year after its anniversary year)
    doc = _page("越南政府总理于3月4日至5日出席东盟—新西兰对话关系建立50周年纪念峰会。双方回顾了越新建交51周年的历程。")
    assert _value(doc, "3月4日至5日") == "2025-03-04/2025-03-05"
