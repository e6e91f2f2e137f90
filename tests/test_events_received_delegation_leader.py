"""``A接见了由B率领的…代表团``: a delegation received (接见) came to the one who receives it, so its
leader B is the visitor and the source of the meeting, even where no place is told."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(page: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_leader_of_a_received_delegation_is_the_source() -> None:
    evs = events_of(
        "测试标题\n\n10月24日下午,越南人民军总政治局副主任阮文甲中将接见了由中国人民解放军国防大学副政委"
        "王建国中将率领的中国国防大学代表团。\n"
    )
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in ev] == [("王建国", "阮文甲")], evs
