"""巴妮·雅陶都 keeps its final 都 when the only 和 before it in the clause sits inside a place's name
(庆和省, 和平省): that 和 joins no one, so 都 is no "both"."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("province", ["庆和省", "和平省", "北宁省"])
def test_final_du_kept_after_place_with_he(province: str) -> None:
    body = f"4月2日,{province}代表团在万象拜会了老挝国家副主席巴妮·雅陶都。"
    text = f"地方合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    events = to_record(extract(text))["events"]
    names = [p["name"] for e in events for p in e["target"]]
    assert "巴妮·雅陶都" in names, events


def test_du_after_two_joined_names_still_both() -> None:
    body = "4月2日,越南外交部长黎文山和老挝外交部长宋平·坎马尼都表示,两国关系良好。"
    text = f"两国外长\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    record = to_record(extract(text))
    assert all(a["name"] != "宋平·坎马尼都" for a in record["actors"]), record["actors"]
