"""A meeting told 在访问框架内 takes the visit's days, as one told 访问期间 does; a range opened by
从 (从11月21日至23日) is the visit's days, not a "since". Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def dates_by_mode(text: str) -> dict[str, str | None]:
    return {e["mode"]: e["date"] for e in events(text)}


WRAP_UP = (
    "越南领导人结束访问\n\n越通社河内——3月9日下午,越南国家主席黎文安一行已抵达河内,圆满结束"
    "应印度尼西亚总统的邀请从2024年3月6日至9日对印度尼西亚进行的国事访问。\n\n"
)


def test_talks_inside_the_visit_frame_take_the_visit_days() -> None:
    got = dates_by_mode(WRAP_UP + "在访问框架内,黎文安与印度尼西亚国会议长苏山多举行会谈。(越通社——VNA)\n")
    assert got.get("talks") == "2024-03-06/2024-03-09", got


def test_talks_during_the_visit_take_the_visit_days() -> None:
    got = dates_by_mode(WRAP_UP + "访问期间,黎文安与印度尼西亚国会议长苏山多举行会谈。(越通社——VNA)\n")
    assert got.get("talks") == "2024-03-06/2024-03-09", got

