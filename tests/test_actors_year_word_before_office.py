"""A year word right before an office chain (``去年越南政府总理X…访问``) tells when, and is no part
of the title.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("word", ["去年", "今年", "前年"])
def test_a_year_word_before_the_office_is_left_out_of_the_title(word: str) -> None:
    from test_events import events_of

    evs = events_of(f"据报道,{word}越南政府总理甲乙丙对老挝进行正式访问。")
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit, evs
    assert visit[0]["source"][0]["name"] == "甲乙丙", evs
    assert visit[0]["source"][0]["title"] == "越南政府总理", evs
