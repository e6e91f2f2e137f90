"""Meetings of a kind that name no forum (``及相关系列会议``, ``及相关高级别会议``, ``出席各场会议``)
are no forum attended: the named forum before them is the only target, and a bare ``各场会议`` makes
no multilateral event of its own. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南外交动态\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _targets(evs: list[dict[str, Any]]) -> list[list[str]]:
    return [[p["name"] for p in e["target"]] for e in evs if e["mode"] == "multilateral"]


def test_related_series_of_meetings_is_no_second_forum() -> None:
    evs = _main("3月4日,越南国会主席黎文松率团出席议联第150届大会及相关系列会议。")
    assert _targets(evs) == [["议联第150届大会"]], evs


def test_related_high_level_meetings_are_no_second_forum() -> None:
    evs = _main("6月2日,越南政府总理陈明德出席在曼谷举行的第60届东盟峰会及相关高级别会议。")
    assert _targets(evs) == [["第60届东盟峰会"]], evs


def test_each_meeting_attended_is_no_forum() -> None:
    evs = _main("5月8日,越南政府副总理吴青海赴日本出席第9届亚洲未来论坛,同日本政府和企业代表出席各场会议。")
    assert _targets(evs) == [["第9届亚洲未来论坛"]], evs
