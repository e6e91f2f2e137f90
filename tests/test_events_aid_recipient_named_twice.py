"""Aid whose recipient is named twice (``对越南…之后决定向越南提供``), and pledges told with 直接/免费."""

from __future__ import annotations

from test_events import events_of, names, only


def test_the_side_named_again_after_xiang_is_the_recipient_not_the_donor() -> None:
    evs = events_of("他说,新西兰对越南疫情情况做出全面评估之后决定向越南提供医疗物资。")
    ev = only(evs, "AID")
    assert names(ev["source"]) == ["新西兰"] and names(ev["target"]) == ["越南"]


def test_aid_to_come_directly_or_free_of_charge_is_a_pledge() -> None:
    evs = events_of("6月3日,新西兰外交部长公布,该国将直接向越南免费提供50万剂疫苗。")
    assert only(evs, "AID")["mode"] == "pledge"


def test_a_gift_from_vietnamese_abroad_to_a_home_province_is_no_aid_between_sides() -> None:
    """``旅居法国越南人社群为广义省灾民提供援助``: 越南 is a word of the community's name, and both
    sides are Vietnamese: a domestic gift, not aid from one country to another."""
    evs = events_of("5月2日,越南外交部代表团向广义省灾民移交由旅居法国越南人社群援助的2亿越盾。")
    assert not [e for e in evs if e["type"] == "AID"], evs
