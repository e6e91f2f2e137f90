"""``自2022年8月至今,…``: a stretch that runs up to now dates nothing else in the article (its month
is not the month of an undated day). Page written for this test."""

from __future__ import annotations

from test_events import events_of


def test_since_month_to_now_lends_no_year() -> None:
    evs = events_of(
        "3月15日,老挝国会副主席宋赛·占派吞率领老挝国会代表团到访越南莱州省并举行了双方工作会谈。"
        "自2021年9月至今,两省贸易总额超过1亿美元。"
    )
    assert evs and all(e["date"] is None for e in evs), evs
