"""The ones attending a meeting, told as a noun with 的 (受到了出席会议的各国领导人的欢迎), are no
attendance of their own: no multilateral event with whatever organisation stands before. Sentences
written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "clause",
    [
        "已受到了出席会议的各国领导人的欢迎和赞同",
        "得到参加本届峰会的各国代表的高度评价",
        "获得了出席论坛的嘉宾的一致好评",
    ],
)
def test_attendees_as_noun_are_no_event(clause: str) -> None:
    text = (
        "越南总理出席峰会\n\n越通社河内——越南政府总理阮晋勇5月6日在东京出席第二届亚洲能源峰会。\n\n"
        f"阮晋勇强调了加强世界银行(WB)、联合国等多边机构的作用,{clause}。(越通社-VNA)\n"
    )
    rec = to_record(extract(text))
    multi = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert len(multi) == 1, multi
    assert multi[0]["source"][0]["name"] == "阮晋勇"
