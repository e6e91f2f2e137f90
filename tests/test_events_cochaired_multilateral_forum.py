"""Co-chairing a forum of more than two sides (a summit, a meeting named with 三国, 柬老越,
湄公河 and the like) is attending it: CONSULT multilateral, the forum its target, not a meeting
between two co-chairs or with a cut piece of the forum's name. A bilateral committee co-chaired
by two named leaders stays their meeting. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"地区合作新闻\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _brief(evs: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return [(e["mode"], [p["name"] for p in e["target"]]) for e in evs]


def test_cochaired_trilateral_meeting_is_attended() -> None:
    evs = _main("3月5日,越南政府总理陈文甲共同主持第15次柬老越发展三角区合作高级会议。")
    assert _brief(evs) == [("multilateral", ["第15次柬老越发展三角区合作高级会议"])]


def test_meeting_cochaired_by_three_premiers_is_attended() -> None:
    evs = _main("3月5日,由柬老越三国总理共同主持的第15次柬老越发展三角区合作高级会议在河内召开。")
    assert _brief(evs) == [("multilateral", ["第15次柬老越发展三角区合作高级会议"])]


def test_cochaired_summit_is_attended() -> None:
    evs = _main("3月5日,越南政府总理陈文甲共同主持第5届湄公河—韩国峰会。")
    assert _brief(evs) == [("multilateral", ["第5届湄公河—韩国峰会"])]


def test_cochaired_bilateral_committee_stays_a_meeting() -> None:
    evs = _main("3月5日,越南政府总理陈文甲与老挝总理宋巴·坎蓬共同主持越老政府间合作委员会第50次会议。")
    assert [(e["mode"], sorted(p["name"] for p in e["source"] + e["target"])) for e in evs] == [
        ("meeting", ["宋巴·坎蓬", "陈文甲"])
    ]
