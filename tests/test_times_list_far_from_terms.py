"""A teaser whose office-holders' terms leave several years is placed in the one nearest the
list's date only when that date lies within about a year of them (a visit planned for March told
on a May page: next year); a list date years outside the terms (an old article above this year's
news) says nothing of which of the terms' years it was, so the year range stays open.

Every sentence is written for the test; invented names come with their own terms.
"""

from __future__ import annotations

import pytest

from dyad.extraction import time_tenure
from test_times_inference import page, tv

_TERMS = [
    {"person": "酉戌亥", "office": "国家主席", "start": "2011-07-25", "end": "2016-04-02"},
]


@pytest.fixture
def terms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(_TERMS))


def test_terms_years_away_from_the_list_are_not_placed_near_it(terms: None) -> None:
    doc = page(
        "主文",
        ["2024年3月5日,两国签署合作协议。"],
        teasers=[("国家主席会见来访客人", "3月10日,国家主席酉戌亥在河内会见了来访的客人。")],
    )
    t = tv(doc, "3月10日")
    assert t.value is None and t.precision == "year-range"


def test_a_list_date_just_past_the_terms_still_places_it(terms: None) -> None:
    doc = page(
        "主文",
        ["2016年5月5日,两国签署合作协议。"],
        teasers=[("国家主席会见来访客人", "3月10日,国家主席酉戌亥在河内会见了来访的客人。")],
    )
    assert tv(doc, "3月10日").value == "2016-03-10"
