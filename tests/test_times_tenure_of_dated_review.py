"""Terms of office date an undated visit by the leaders the story tells, not by the office-holders of
a review of past visits whose sentences write their own years (A于1997年访越, B于2009年…): those
would outvote the two leaders of the visit. Sentences and terms written for the test."""

from __future__ import annotations

import pytest

from dyad.document import Document, Span
from dyad.extraction import time_tenure
from dyad.extraction.times import annotate_times
from dyad.model import TimeValue


def page(title: str, paras: list[str]) -> Document:
    text, body = "", []
    for s in [title, *paras]:
        body.append(Span(len(text), len(text) + len(s)))
        text += s + "\n"
    doc = Document(text=text, title=body[0], body=body[1:], teasers=[], published=None, dateline=None)
    doc.meta = {}
    annotate_times(doc)
    return doc


def tv(doc: Document, written: str) -> TimeValue:
    found = [t for t in doc.times if doc.text[t.span.start : t.span.end] == written]
    assert found, [doc.text[t.span.start : t.span.end] for t in doc.times]
    return found[0]

_ROWS = [
    {"person": "甲乙丙", "office": "国家主席", "start": "2030-04-02", "end": "2033-09-21"},
    {"person": "丁戊己", "office": "总统", "start": "2028-05-15", "end": "2032-05-14"},
    # three leaders of a review, who all held office in 2015-2016
    {"person": "庚辛壬", "office": "总统", "start": "2012-05-16", "end": "2020-05-16"},
    {"person": "癸子丑", "office": "总理", "start": "2014-01-01", "end": "2019-01-01"},
    {"person": "寅卯辰", "office": "国家主席", "start": "2011-07-25", "end": "2018-09-21"},
]


@pytest.fixture
def terms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(_ROWS))


def test_review_of_dated_visits_does_not_outvote_the_story(terms: None) -> None:
    doc = page(
        "访问",
        [
            "应国家主席甲乙丙的邀请,总统丁戊己将于9月5日至7日对越南进行国事访问。",
            "此前,总统庚辛壬于2015年访越,总理癸子丑和国家主席寅卯辰分别于2016年互访。",
        ],
    )
    t = tv(doc, "9月5日至7日")
    assert (t.start, t.basis) == ("2030-09-05", "tenure"), t


def test_undated_pairs_alone_still_count(terms: None) -> None:
    doc = page("访问", ["应国家主席甲乙丙的邀请,总统丁戊己将于9月5日至7日对越南进行国事访问。"])
    assert tv(doc, "9月5日至7日").start == "2030-09-05"

