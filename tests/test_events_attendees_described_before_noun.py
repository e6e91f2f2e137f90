"""The ones attending, told as a noun with 的 and a few words describing them before the noun
(出席论坛的老挝青年代表们, 参加峰会的东盟各国领导人), are no attendance of their own: no
multilateral event for the leader the sentence names later. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _events(sentence: str) -> list[dict]:
    text = (
        "越南国会副主席会见老挝青年代表团\n\n越通社河内——5月6日下午,越南国会副主席黎文甲在河内会见了老挝青年代表团。\n\n"
        f"{sentence}(越通社-VNA)\n"
    )
    return to_record(extract(text))["events"]


@pytest.mark.parametrize(
    "sentence",
    [
        "会见中,出席2019年3月举行的地区青年论坛的老挝青年代表们向黎文甲介绍了论坛的成果。",
        "会见中,参加上届峰会的东盟各国领导人均对越南表示赞赏,黎文甲对此表示感谢。",
    ],
)
def test_attendees_described_before_the_noun_attend_nothing(sentence: str) -> None:
    multi = [e for e in _events(sentence) if e["mode"] == "multilateral"]
    assert multi == [], [e["evidence"]["text"] for e in multi]


def test_a_leader_attending_a_forum_still_attends() -> None:
    multi = [e for e in _events("当天上午,黎文甲出席了地区青年论坛并发表讲话。") if e["mode"] == "multilateral"]
    assert multi and multi[0]["source"][0]["name"] == "黎文甲"
