"""``向X提出访问中国邀请``: an invitation to visit a named place, told as a noun, is no visit (as
``访问邀请`` and ``访华邀请`` are not); the one who invites and the one invited visit nothing."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

LEAD = "2023年10月17日,越南国家主席陈文丙在北京会见中国全国人大常委会委员长王五。"


def visits(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + LEAD + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]


def test_invitation_to_visit_a_country() -> None:
    assert visits("王五对两国关系表示满意,同时向越南国会主席李四提出访问中国邀请。") == []


def test_invitation_to_visit_a_country_with_de() -> None:
    assert visits("王五向越南国会主席李四转达了访问中国的邀请。") == []


def test_visit_then_an_invitation_is_still_a_visit() -> None:
    evs = visits("越南国会主席李四将于2024年访问中国并邀请王五出席论坛。")
    assert [[p["name"] for p in e["source"]] for e in evs] == [["李四"]], evs
