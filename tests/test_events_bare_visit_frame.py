"""A bare frame opening the sentence (访问中国期间,…X会见了Y) tells the trip when the article tells it
nowhere else: a visit by the subject, never by the host met. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "frame",
    [
        "访问中国期间",
        "在访问中国期间",
        # the agency's reporter (and the day) may open the sentence before the frame
        "越通社驻中国记者报道,访问中国期间",
        "越通社特派记者报道,当地时间3月4日,在访问中国期间",
    ],
)
def test_bare_frame_is_the_visit(frame: str) -> None:
    rec = to_record(
        extract(
            f"越南领导会见中国总理\n\n越通社北京——{frame},3月5日下午在北京,越南国会副主席汪朱刘会见了中国总理温家宝。"
            "\n\n温家宝总理高度评价汪朱刘此次访华。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, rec["events"]
    assert visits[0]["source"][0]["name"] == "汪朱刘"
    assert visits[0]["target"][0]["country"] == "CHN"


def test_visit_told_elsewhere_is_not_doubled() -> None:
    rec = to_record(
        extract(
            "越南领导访华\n\n越通社北京——应中国全国政协邀请,越南国会副主席汪朱刘于3月4日至8日对中国进行正式访问。"
            "访问中国期间,3月5日下午,汪朱刘会见了中国总理温家宝。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, visits
