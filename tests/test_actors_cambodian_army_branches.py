"""The Royal Cambodian Army and Gendarmerie, named alone, are a Cambodian side."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


@pytest.mark.parametrize(
    "partner",
    ["柬埔寨皇家陆军司令部的年轻军官", "柬埔寨皇家宪兵司令部的年轻军官", "柬埔寨王家陆军"],
)
def test_joint_event_with_a_cambodian_army_branch_has_a_cambodian_target(partner: str) -> None:
    teaser = (
        "越柬青年军官共建友好边界\n\n"
        f"越南边防部队青年代表团与{partner}6月8日晚在同塔省共同举办题为“友谊之桥”的交流活动。"
    )
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    rel = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert len(rel) == 1 and rel[0]["type"] == "COOPERATE", rel
    assert [t["country"] for t in rel[0]["target"]] == ["KHM"], rel
