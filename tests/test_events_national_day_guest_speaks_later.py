"""A mission's national-day celebration whose named foreign guest speaks at it paragraphs later,
his Latin name in brackets before 在庆典上发表讲话, is held with that guest (SUPPORT)."""

from __future__ import annotations

from dyad import extract, to_record


def _support(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["type"] == "SUPPORT"]


PAGE = (
    "某国官员高度评价越南\n\n"
    "越通社河内——9月3日下午,越南驻加拿大大使馆以视频形式举行越南国庆80周年庆典。加拿大各部门领导出席。\n\n"
    "越南驻加拿大大使黎明山在庆典上致辞时回顾了越南革命历史。\n\n"
    "黎明山表示,两国关系不断发展。\n\n"
    "加拿大外交部官员约翰·卡特(John Carter)在庆典上发表讲话时表示相信两国关系将更强劲发展。(完)\n"
)


def test_guest_speaking_paragraphs_later_is_the_guest() -> None:
    events = _support(PAGE)
    assert events, events
    assert [t["name"] for t in events[0]["target"]] == ["约翰·卡特"], events
    assert events[0]["mode"] == "video", events
