"""``甲党双主席A和B共同主持会议``: a second co-chair joined by 和 with no office and no country of
their own shares the first one's office, so the two are one side and hold no meeting with each other;
two co-chairs of two countries still meet."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"越南共产党向外国政党通报大会结果\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _pairs(evs: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    return [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs if e["type"] == "CONSULT"]


def test_two_cochairs_of_one_party_hold_no_meeting_together() -> None:
    evs = _main_events("奥地利共产党双主席玛丽亚·霍夫曼和卡尔·韦伯共同主持会议。")
    assert (["玛丽亚·霍夫曼"], ["卡尔·韦伯"]) not in _pairs(evs), evs


def test_cochairs_of_two_countries_still_meet() -> None:
    evs = _main_events("越南政府总理阮文甲和老挝政府总理宋潘·西里共同主持会议。")
    assert any(sorted(s + t) == ["宋潘·西里", "阮文甲"] for s, t in _pairs(evs)), evs
