"""``A2025年5月访问越南和B2024年10月访问法国``: two dated visits joined by 和, each with its own
visitor; the first visit's object ends at 和, and the second visit is B's. A visit that only
describes the one met (``会见了A和正在越南访问的B``) keeps both people met."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越法关系稳定发展\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _sides(e: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [p["name"] for p in e["source"]], [p["name"] for p in e["target"]]


def test_each_joined_visit_has_its_own_visitor_and_destination() -> None:
    evs = _main(
        "2026年3月2日,越南国会主席陈青敏在河内会见了法国国民议会议长。"
        "两国高层交往密切,法国总理弗朗索瓦·贝鲁2025年6月访问越南和越南政府总理范明政2024年11月访问法国。"
    )
    visits = sorted(_sides(e) for e in evs if e["mode"] == "visit")
    assert visits == [(["弗朗索瓦·贝鲁"], ["越南"]), (["范明政"], ["法国"])]


def test_visit_describing_the_one_met_keeps_the_list() -> None:
    evs = _main("2026年3月2日,越南国会主席陈青敏在河内会见了法国驻越南大使和正在越南访问的法国参议员奥利维耶·卡多。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert any("奥利维耶·卡多" in _sides(e)[0] + _sides(e)[1] for e in meetings)
