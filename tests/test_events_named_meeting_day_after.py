"""``2021年越南西北四省与中国云南省委书记新春会晤2月3日在昆明举行``: a meeting named as the
subject of 举行 takes the day told right after its name, not the bare year its name opens with."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def consult(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["type"] == "CONSULT"]


def test_day_after_the_named_meeting() -> None:
    evs = consult("2021年越南西北四省与中国云南省委书记新春会晤2月3日在昆明举行。")
    assert [e["date"] for e in evs] == ["2021-02-03"], evs


def test_day_after_the_named_meeting_and_its_activities() -> None:
    evs = consult("2021年越南西北四省与中国云南省委书记新春会晤联谊活动2月3日上午在昆明隆重举行。")
    assert [e["date"] for e in evs] == ["2021-02-03"], evs
