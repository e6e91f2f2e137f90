"""``欢迎越南政府总理一行访问``: the government read for its head, named elsewhere in the story, is
the same visitor: one visit, not a second one by 越南政府. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def visits(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "visit"]


def test_welcome_of_the_head_of_government_is_the_same_visit() -> None:
    evs = visits(
        "越南总理访问泰国\n\n越通社河内——应泰国总理巴颂的邀请,越南政府总理黎文安已抵达曼谷,开始对泰国进行正式访问。\n\n"
        "5月2日上午,泰国总理巴颂主持仪式,欢迎越南政府总理一行访问。(越通社——VNA)\n"
    )
    assert len(evs) == 1 and [p["name"] for p in evs[0]["source"]] == ["黎文安"], evs
