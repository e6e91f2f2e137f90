"""A trip told with several inviters of no country (the head of a union of parliaments, the
president of the European Parliament) and a leg to one of their bodies (对欧洲议会进行工作访问):
the body's leg is hosted by the inviter whose office heads that body, not by every inviter.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"议会外交新闻\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


_TRIP = (
    "应各国议会联盟主席马蒂亚斯·罗西(Matias Rossi)、欧洲议会议长卡琳·贝格(Karin Berg)和瑞典议会议长"
    "安德斯·林德(Anders Lind)的邀请,9月3日上午,越南国会主席黎文乙率领越南国会高级代表团离开河内,"
    "启程前往瑞士出席在日内瓦举行的第九次世界议长大会,对欧洲议会进行工作访问,对瑞典进行正式访问。"
)


def test_body_leg_is_hosted_by_the_head_of_that_body() -> None:
    visits = [e for e in _main(_TRIP) if e["mode"] == "visit"]
    targets = sorted(tuple(p["name"] for p in e["target"]) for e in visits)
    assert targets == [("卡琳·贝格",), ("安德斯·林德",)], visits


def test_forum_of_the_trip_is_still_attended() -> None:
    multi = [e for e in _main(_TRIP) if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["target"]] for e in multi] == [["第九次世界议长大会"]]
