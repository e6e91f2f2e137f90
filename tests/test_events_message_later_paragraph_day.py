"""A message told with no day of its own does not borrow the day that opens a later paragraph
(the day of another act told there). Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

PAGE = (
    "多国领导人就原总理黄文德逝世致唁电\n\n"
    "越通社河内——多国领导人就原总理黄文德逝世向越南领导人致唁电。\n\n"
    "芬兰总统卡尔·维塔宁向越南国家主席陈明辉致唁电。\n\n"
    "秘鲁国会议长马里奥·席尔瓦向越南国会主席阮光荣致唁电。\n\n"
    "2031年3月6日,各国驻越使节已前来吊唁原总理黄文德。(完)\n"
)


def _messages(page: str) -> list[dict]:
    rec = to_record(extract(page.encode("utf-8")))
    return [e for e in rec["events"] if e["section"] == "main" and e["mode"] == "message"]


def test_message_before_a_later_dated_paragraph_has_no_day() -> None:
    evs = _messages(PAGE)
    names = sorted(e["source"][0]["name"] for e in evs)
    assert names == ["卡尔·维塔宁", "马里奥·席尔瓦"]
    assert all(e["date"] is None for e in evs)


def test_message_with_its_own_day_keeps_it() -> None:
    page = PAGE.replace("芬兰总统卡尔", "3月4日,芬兰总统卡尔")
    (ev,) = [e for e in _messages(page) if e["source"][0]["name"] == "卡尔·维塔宁"]
    assert ev["date"] == "2031-03-04"
