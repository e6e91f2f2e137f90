"""A trip a plan announces (公布了…率团访问越南的计划) is no visit."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"越南大使接受采访\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_a_planned_trip_announced_is_no_visit() -> None:
    body = "秘鲁外贸部长卡洛斯·罗德里格斯(Carlos Rodriguez)公布了于2025年6月率秘鲁企业代表团访问越南的计划。"
    assert _visits(body) == [], _visits(body)


def test_a_dated_visit_is_still_one() -> None:
    body = "秘鲁外贸部长卡洛斯·罗德里格斯(Carlos Rodriguez)于2025年6月3日率秘鲁企业代表团访问越南。"
    assert _visits(body), body
