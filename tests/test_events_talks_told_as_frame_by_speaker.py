"""Talks the speaker tells he held (A表示,他同B在上午进行的会谈上一致认为…) are talks between A and
B: 进行的会谈上/举行的会谈中 names them, and 他 right after the words of saying is the speaker."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def talks(body: str) -> list[dict[str, Any]]:
    text = f"总理会见工党领袖\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "talks"]


def sides(e: dict[str, Any]) -> set[str]:
    return {p["name"] for p in e["source"] + e["target"]}


def test_talks_held_in_the_morning_told_by_the_speaker() -> None:
    evs = talks(
        "2016年3月9日下午,越南政府总理阮文山会见了某国反对党工党领袖约翰·布朗。\n\n"
        "阮文山总理表示,他同某国总理彼得·格林(Peter Green)在上午进行的会谈上一致认为两国关系正良好发展。"
    )
    assert len(evs) == 1, evs
    assert sides(evs[0]) == {"阮文山", "彼得·格林"}
    assert evs[0]["date"] == "2016-03-09"


def test_talks_held_that_day_told_with_zhong() -> None:
    evs = talks(
        "2016年3月9日下午,越南政府总理阮文山会见了某国反对党工党领袖约翰·布朗。\n\n"
        "阮文山总理表示,他同某国总理彼得·格林在当天上午举行的会谈中一致认为两国关系正良好发展。"
    )
    assert len(evs) == 1, evs
    assert sides(evs[0]) == {"阮文山", "彼得·格林"}
