"""One summit named once with the anniversary it marks (东盟-新西兰建交50周年特别峰会) and once
without it (东盟-新西兰特别峰会) is one attendance, kept under the fuller name."""

from __future__ import annotations

from test_events import events_of


def _forums(body: str) -> list[list[str]]:
    return [[p["name"] for p in e["target"]] for e in events_of(body) if e["mode"] == "multilateral"]


def test_summit_with_and_without_its_anniversary_is_one_attendance() -> None:
    body = (
        "2025年3月5日,越南政府总理阮文安在惠灵顿出席东盟-新西兰建交50周年特别峰会。"
        "新西兰大使表示,新方欢迎阮文安一行出席东盟-新西兰特别峰会。"
    )
    assert _forums(body) == [["东盟-新西兰建交50周年特别峰会"]]


def test_short_name_told_first_gives_way_to_the_full_one() -> None:
    body = (
        "2025年3月5日,越南政府总理阮文安出席东盟-新西兰特别峰会。"
        "阮文安在惠灵顿出席东盟-新西兰建交50周年特别峰会并发表讲话。"
    )
    assert _forums(body) == [["东盟-新西兰建交50周年特别峰会"]]


def test_two_different_summits_stay_apart() -> None:
    body = "2025年3月5日,越南政府总理阮文安出席东盟-新西兰建交50周年特别峰会,随后出席东盟-日本特别峰会。"
    assert len(_forums(body)) == 2
