"""A year opening a tally of events held (``2021年,两国举办了60多项…纪念活动``) is a finished year told
after it ended: the story is later; the anniversaries that tally lists are dated by that year, not the
page's; and an anniversary a side will mark (``为了纪念…成立70周年,…将加强…``) is still ahead."""

from __future__ import annotations

from dyad.extraction.times import _occasion_ahead
from test_events import events_of


def test_tally_year_and_marking_ahead_leave_the_stated_next_year() -> None:
    evs = events_of(
        "越南国防部副部长黄文明4月9日会见柬埔寨国防部国务秘书宋金。"
        "宋金表示,2022年,柬埔寨举办了80多项越柬建交55周年的纪念活动,双方在2023年将开展更多交流。"
        "为了纪念柬埔寨皇家军队成立30周年,两国军队媒体将加强宣传。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and meetings[0]["date"] == "2023-04-09", evs


def test_anniversary_inside_a_past_years_tally_is_no_page_year() -> None:
    text = "2022年,柬埔寨举办了80多项越柬建交55周年的纪念活动"
    start = text.index("越柬建交")
    end = text.index("周年") + 2
    assert _occasion_ahead(text, start, end)


def test_anniversary_a_side_will_mark_is_ahead() -> None:
    text = "为了纪念柬埔寨皇家军队成立30周年,两国军队媒体将加强宣传"
    start = text.index("柬埔寨皇家")
    end = text.index("周年") + 2
    assert _occasion_ahead(text, start, end)
    plain = "为了纪念柬埔寨皇家军队成立30周年,两国军队举行了联欢会"
    assert not _occasion_ahead(plain, start, end)
