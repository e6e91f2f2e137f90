"""The Cambodian Senate president Say Chhum is written 赛宗 as well as 赛冲: both are known names of
the office, so a meeting with him is read, not dropped for want of a name."""

from __future__ import annotations

from test_events import events_of, names


def test_senate_president_written_sai_zong_is_met() -> None:
    evs = events_of("2019年6月3日,越南国会副主席会见柬埔寨参议院主席赛宗。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and names(meetings[0]["target"]) == ["赛宗"], evs
