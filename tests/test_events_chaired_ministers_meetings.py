"""Chairing a defence, foreign or economic ministers' meeting (主持第七届东盟防长扩大会议, 主持东盟外长非正式
会议) is attending it; the forum named first in the sentence is not who attends; the forum's name runs
to its end (扩大会议, not 扩大会). Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _attended(evs: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [
        (s["name"], t["name"], e["date"])
        for e in evs
        if e["mode"] == "multilateral"
        for s in e["source"]
        for t in e["target"]
    ]


def test_chairing_the_defence_ministers_plus_meeting_is_attending_it() -> None:
    evs = _main("东盟防长扩大会议以视频方式举行", "12月10日,越南国防部长吴春历在河内主持第七届东盟防长扩大会议。")
    assert ("吴春历", "第七届东盟防长扩大会议", "2020-12-10") in _attended(evs), evs


def test_forum_first_then_a_bare_chair_is_the_chair_attending() -> None:
    evs = _main(
        "东盟防长扩大会议以视频方式举行",
        "12月10日,第七届东盟防长扩大会议以视频方式举行,越南国防部长吴春历在河内主持会议。",
    )
    got = _attended(evs)
    assert ("吴春历", "第七届东盟防长扩大会议", "2020-12-10") in got, evs
    assert not any(s == t or "会议" in s for s, t, _d in got), got


def test_chairing_an_informal_foreign_ministers_meeting() -> None:
    evs = _main(
        "范平明主持东盟外长非正式会议",
        "7月8日,越南政府副总理兼外交部长范平明在河内主持东盟外长非正式会议。今年是越南加入东盟25周年。",
    )
    assert ("范平明", "东盟外长非正式会议", "2020-07-08") in _attended(evs), evs
