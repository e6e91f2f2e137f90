"""A year-less day dated by the numbered World Economic Forum on ASEAN named on the page. Sentence
written for this test."""

from __future__ import annotations

from dyad.document import Document, Span
from dyad.extraction.times import annotate_times


def test_numbered_wef_on_asean_dates_a_yearless_day() -> None:
    title = "越南副总理会见出席论坛的嘉宾"
    para = "9月12日下午,越南政府副总理王廷惠在河内会见了前来出席第27届东盟世界经济论坛的新加坡贸工部长陈振声。"
    text = f"{title}\n{para}\n"
    start = len(title) + 1
    doc = Document(text=text, title=Span(0, len(title)), body=[Span(start, start + len(para))], teasers=[])
    doc.meta = {}
    annotate_times(doc)
    found = [t for t in doc.times if doc.text[t.span.start : t.span.end].startswith("9月12日")]
    assert found and found[0].value == "2018-09-12", [(doc.text[t.span.start : t.span.end], t.value) for t in doc.times]
