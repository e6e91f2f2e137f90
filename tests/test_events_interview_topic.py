"""``越通社已就A出席峰会和出访之行对B进行采访``: the visit and the summit are what the interview is
about; the news agency does not attend the summit and B, the one interviewed, is not where A goes."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

BODY = (
    "应智利总统的邀请,越南政府总理陈国鸿将于5月11日至15日对智利进行正式访问,"
    "并出席于5月12日至13日在圣地亚哥举行的第三届拉美-东盟峰会。"
    "越通社已就陈国鸿出席峰会和出访之行对智利驻越南大使马丁·罗哈斯(Martin Rojas)进行采访。"
    "马丁·罗哈斯表示,智利高度重视同越南的关系。"
)


def events() -> list[dict[str, Any]]:
    text = f"智利驻越南大使:智越关系前景广阔\n\n越通社河内——{BODY}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_the_one_interviewed_is_not_the_place_visited() -> None:
    visits = [e for e in events() if e["mode"] == "visit"]
    assert visits and all("马丁·罗哈斯" not in names(e["target"]) for e in visits)
    assert any(names(e["source"]) == ["陈国鸿"] and "智利" in names(e["target"]) for e in visits)


def test_the_interviewer_attends_nothing() -> None:
    assert all("越通社" not in names(e["source"]) for e in events())
