"""``X离开首都河内,赴华出席…活动,并于…对中国进行工作访问``: 赴华 names the destination (中国), so
the visit it tells is placed there, not at the city left, and is the same visit as the working
visit told after it in the sentence."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "越通社河内——应中国国家主席习近平邀请,6月3日上午,越南国家主席黎明山率领越南代表团离开首都河内,赴华出席某某博览会开幕式,"
    "并于6月3日至5日对中国进行工作访问。\n\n双方将讨论合作。(越通社-VNA)\n越通社\n"
)


def test_going_to_china_is_one_visit_placed_in_china() -> None:
    visits = [e for e in to_record(extract(_PAGE))["events"] if e["mode"] == "visit"]
    assert len(visits) == 1
    assert visits[0]["location"] == "中国"
