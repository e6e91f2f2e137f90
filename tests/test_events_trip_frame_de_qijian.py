"""A subjectless trip frame written with 的 before 期间 (正在对X进行正式访问的期间,A会见了B)
tells the visit as the plain frame does."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _events(frame: str) -> list[dict[str, Any]]:
    text = (
        "越南国会主席会见侨胞\n\n"
        f"越通社河内——当地时间7月22日下午,{frame},越南国会主席阮文安会见了越南驻泰国大使馆工作人员。\n\n"
        "阮文安对侨胞表示问候。(完)\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _visits(frame: str) -> list[dict[str, Any]]:
    return [e for e in _events(frame) if e["mode"] == "visit"]


def test_a_frame_with_de_before_qijian_is_the_visit() -> None:
    visits = _visits("正在对泰国进行正式访问的期间")
    assert len(visits) == 1, visits
    assert [p["name"] for p in visits[0]["source"]] == ["阮文安"]
    assert visits[0]["target"][0]["country"] == "THA"


def test_the_plain_frame_is_the_visit_too() -> None:
    assert len(_visits("正在对泰国进行正式访问期间")) == 1
