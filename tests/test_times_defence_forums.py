"""Numbered defence forums (北京香山论坛, 东盟防长会议, 东盟防长扩大会议) date a year-less page, and a
headline naming only the office at the forum is the body's attendance. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社北京——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_xiangshan_forum_number_gives_the_year() -> None:
    evs = _main("越南国防部副部长出席香山论坛", "10月21日上午,越南国防部副部长阮志咏上将在北京出席第九届北京香山论坛。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert multi and multi[0]["date"] == "2019-10-21", evs


def test_asean_defence_ministers_meeting_number_gives_the_year() -> None:
    evs = _main(
        "越南国防部长出席东盟防长会议",
        "11月17日上午,越南国防部长吴春历大将在曼谷出席第十三届东盟防长会议。次日,吴春历出席第六届东盟防长扩大会议。",
    )
    days = sorted(e["date"] for e in evs if e["mode"] == "multilateral")
    assert days == ["2019-11-17", "2019-11-18"], evs


def test_headline_office_without_its_holder_is_the_body_attendance() -> None:
    evs = _main("越南国防部长出席东盟防长会议", "11月17日上午,越南国防部长吴春历大将在曼谷出席第十三届东盟防长会议。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1 and multi[0]["source"][0]["name"] == "吴春历", evs
