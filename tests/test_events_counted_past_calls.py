"""Calls and meetings summed up as past with a count and no time (``两国领导人此前曾多次通电话``) are
background the annotators leave out, like visits so summed up (``曾两次访问越南``); a call the
sentence dates is still coded."""

from __future__ import annotations

from dyad import extract, to_record

HEAD = "越南总理会见新西兰总理\n\n越通社惠灵顿——2024年3月11日,越南政府总理范明政在惠灵顿会见了新西兰总理拉克森。\n\n"


def _modes(body: str) -> list[str]:
    return sorted(e["mode"] for e in to_record(extract(HEAD + body + "\n"))["events"])


def test_counted_past_calls_are_background() -> None:
    assert _modes("两国领导人此前曾多次通电话,就双边关系交换意见。") == ["meeting"]


def test_counted_past_meetings_are_background() -> None:
    assert _modes("两国外长曾三次会晤。") == ["meeting"]


def test_a_dated_call_stays() -> None:
    assert _modes("2023年12月5日,范明政曾与拉克森通电话。") == ["meeting", "phone"]
