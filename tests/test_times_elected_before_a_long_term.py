"""Terms begun, for congratulations on an election told without a date of their own
(``5月20日致电X,祝贺他当选某国总统``): a row as long as one five- or six-year term still tells the
first election, and 当选 may come before the term's first day (a president elected in May takes
office at the end of June), so the nearest year is taken, not the one after the start.

Every sentence is written for the test; invented names come with their own terms.
"""

from __future__ import annotations

import pytest

from dyad.extraction import time_tenure
from test_times_inference import page, tv

_TERMS = [
    {"person": "子丑寅", "office": "总统", "start": "2010-06-30", "end": "2016-06-30"},  # one six-year term
    {"person": "卯辰巳", "office": "国家主席", "start": "2006-06-27", "end": "2011-07-25"},
    {"person": "午未申", "office": "总统", "start": "2009-06-30", "end": "2021-06-30"},  # two terms
    {"person": "酉戌亥", "office": "国家主席", "start": "2011-07-25", "end": "2016-04-02"},
]


@pytest.fixture
def terms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(_TERMS))


def test_elected_a_month_before_a_six_year_term(terms: None) -> None:
    doc = page("致电祝贺", ["国家主席卯辰巳5月20日致电子丑寅,祝贺他当选某国总统。"])
    t = tv(doc, "5月20日")
    assert (t.value, t.basis) == ("2010-05-20", "took-office")


def test_a_row_of_two_terms_still_tells_nothing(terms: None) -> None:
    doc = page("致电祝贺", ["国家主席卯辰巳5月20日致电午未申,祝贺他当选某国总统。"])
    assert tv(doc, "5月20日").basis != "took-office"

