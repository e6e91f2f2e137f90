"""Every word the site writes for "the same day" (当天, 当日, 同日, 同一天) tells the time of an event
introduced with 此前, so that event is coded as it is with 当天."""

from __future__ import annotations

import pytest
from tests.test_events import events_of, names


def _events(word: str) -> list[tuple[str, list[str], list[str], str | None]]:
    evs = events_of(
        "2024年3月12日,越南外交部长裴青山在新德里会见印度外交部长苏杰生。"
        f"此前,{word}上午,越南外交部副部长阮明宇与印度外交部副部长拉胡尔·辛格共同主持越南与印度"
        "外交部第10次政治磋商。"
    )
    return sorted((e["mode"], names(e["source"]), names(e["target"]), e["date"]) for e in evs)


@pytest.mark.parametrize("word", ["当日", "同日", "同一天"])
def test_earlier_event_told_on_the_same_day(word: str) -> None:
    expected = _events("当天")
    assert ("talks", ["阮明宇"], ["拉胡尔·辛格"], "2024-03-12") in expected
    assert _events(word) == expected
