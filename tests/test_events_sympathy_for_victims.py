"""Sympathy voiced for the victims of a disaster (``向灾区人民表示深切慰问``, ``向遇难者家属``): the
people of the country the disaster struck, named before (``台风给越南造成…``); several leaders
listed together feel for them in one event; 表示声援 and 深表同情 are sympathy too."""

from __future__ import annotations

from test_events import events_of, names, only

_STRUCK = "2024年9月10日,第三号台风给越南北部造成重大人员伤亡。"


def test_sympathy_for_the_people_of_the_stricken_area_goes_to_the_stricken_country() -> None:
    ev = only(events_of(_STRUCK + "泰国总理佩通坦向灾区人民表示深切慰问。"), "SUPPORT")
    assert names(ev["source"]) == ["佩通坦"] and names(ev["target"]) == ["越南"], ev


def test_sympathy_for_the_families_of_the_dead_goes_to_the_stricken_country() -> None:
    ev = only(events_of(_STRUCK + "老挝总理宋赛·西潘敦向遇难者家属致以最诚挚的慰问。"), "SUPPORT")
    assert names(ev["source"]) == ["宋赛·西潘敦"] and names(ev["target"]) == ["越南"], ev


def test_solidarity_and_deep_sympathy_are_support() -> None:
    ev = only(events_of(_STRUCK + "德国总理朔尔茨向越南表示声援。"), "SUPPORT")
    assert names(ev["source"]) == ["朔尔茨"] and names(ev["target"]) == ["越南"], ev
    ev = only(events_of(_STRUCK + "印度总理莫迪对越南遭受的损失深感同情。"), "SUPPORT")
    assert names(ev["source"]) == ["莫迪"] and names(ev["target"]) == ["越南"], ev


def test_leaders_listed_together_all_feel_for_the_same_side() -> None:
    ev = only(
        events_of(_STRUCK + "老挝国家主席通伦·西苏里、总理宋赛·西潘敦向越南人民表示深切慰问。"),
        "SUPPORT",
    )
    assert names(ev["source"]) == ["通伦·西苏里", "宋赛·西潘敦"] and names(ev["target"]) == ["越南"], ev
