"""What a visit means for a relationship, told after its trigger (访越对越南与东盟关系具有特别意义,
访越为两国关系注入动力), names no visited side: the headline's visit is to Viet Nam and is the
visit the body tells. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("meaning", ["对越南与东盟关系具有特别意义", "为越南与东盟关系注入新动力"])
def test_headline_visit_meaning_is_no_host(meaning: str) -> None:
    rec = to_record(
        extract(
            f"法国总统访越{meaning}\n\n越通社河内——应越南国家主席阮文甲的邀请,法国总统彼得·林(Peter Lin)"
            "将于2031年3月8日至9日对越南进行正式访问。\n\n双方将就合作交换意见。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, visits
    assert [p["name"] for p in visits[0]["target"]] == ["阮文甲"]
