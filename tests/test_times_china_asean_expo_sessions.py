"""The China-ASEAN Expo (held in Nanning each year) dates a year-less visit told beside it, also when
the page writes the series the other way round (第N届东盟—中国博览会)."""

from __future__ import annotations

from dyad.document import Document, Span
from dyad.extraction.times import annotate_times


def _page(body: str) -> Document:
    text = "越南总理访华\n" + body + "\n"
    doc = Document(text=text, title=Span(0, 6), body=[Span(7, 7 + len(body))])
    annotate_times(doc)
    return doc


def _value(doc: Document, written: str) -> str | None:
    return next(t.value for t in doc.times if doc.text[t.span.start : t.span.end] == written)


def test_expo_written_asean_first() -> None:
    doc = _page("越南政府总理于9月11日至12日赴南宁出席第十五届东盟—中国博览会开幕式。")
    assert _value(doc, "9月11日至12日") == "2018-09-11/2018-09-12"


def test_expo_written_china_first() -> None:
    doc = _page("越南副总理9月21日出席第16届中国—东盟博览会。")
    assert _value(doc, "9月21日") == "2019-09-21"
