"""A teaser with no year cue of its own borrows the main article's year, also when that year comes
only from a term of office begun in the article (``X本月初当选…``)."""

from __future__ import annotations

from dyad.document import Document, Span, Teaser
from dyad.extraction.times import annotate_times


def _page(paras: list[str], teasers: list[tuple[str, str]]) -> Document:
    text = ""

    def add(s: str) -> Span:
        nonlocal text
        start = len(text)
        text += s + "\n"
        return Span(start, start + len(s))

    title = add("越南国家主席出访")
    body = [add(p) for p in paras]
    tz = [Teaser(title=add(t), summary=add(s)) for t, s in teasers]
    doc = Document(text=text, title=title, body=body, teasers=tz)
    annotate_times(doc)
    return doc


def test_a_teaser_borrows_the_year_of_a_term_begun_in_the_main_article() -> None:
    doc = _page(
        [
            "越共中央总书记苏林于8月22日至24日对老挝进行国事访问。这是苏林本月初当选越共中央总书记后的首次出访。",
        ],
        [
            (
                "越南政府总理范明政同新加坡总理举行会谈",
                "8月6日,正在新加坡进行正式访问的越南政府总理范明政在新加坡同新加坡总理举行会谈。",
            )
        ],
    )
    day = next(t for t in doc.times if t.section == "related" and doc.text[t.span.start : t.span.end] == "8月6日")
    assert (day.value, day.precision) == ("2024-08-06", "day")
