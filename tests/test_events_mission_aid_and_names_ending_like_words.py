"""A name that ends like a back-reference word (土耳其 ends in 其, 研究所 in 所) before a verb is a
name, not "its"/"that which"; a mission's host country after 向 is the side given to, not the
mission; a message's addressee comes before the sympathy told (致函当地政府表示慰问,并通知…)."""

from __future__ import annotations

from test_events import events_of, names, only


def test_aid_to_turkey_is_told() -> None:
    ev = only(events_of("2023年2月8日,越南政府向土耳其提供20万美元的紧急援助。"), "AID")
    assert names(ev["source"]) == ["越南政府"] and names(ev["target"]) == ["土耳其"], ev


def test_a_signing_with_an_institute_is_told() -> None:
    ev = only(events_of("2023年3月2日,越南社会科学院与日本经济研究所签署合作备忘录。"), "AGREE")
    assert names(ev["target"]) == ["日本经济研究所"], ev


def test_a_mission_giving_to_its_host_country_gives_to_that_country() -> None:
    ev = only(events_of("2023年2月10日,越南驻土耳其大使馆向土耳其哈塔伊省副省长转交救援物资。"), "AID")
    assert names(ev["source"]) == ["越南驻土耳其大使馆"] and names(ev["target"]) == ["土耳其"], ev


def test_a_letter_of_sympathy_then_news_for_another_side_keeps_that_side_out() -> None:
    evs = events_of("2023年2月13日,越南驻叙利亚大使馆致函当地政府表示慰问,并通知越南政府决定向叙利亚提供10万美元的援助。")
    ev = only(evs, "SUPPORT", "message")
    assert "越南政府" not in names(ev["target"]), ev


def test_a_missions_gift_to_an_unnamed_local_official_goes_to_the_host_country() -> None:
    ev = only(events_of("2023年2月10日,越南驻土耳其大使馆向哈塔伊省副省长转交救援物资。"), "AID")
    assert names(ev["target"]) == ["土耳其"] and ev["target"][0]["country"] == "TUR", ev


def test_an_envoys_gift_to_the_victims_goes_to_the_host_country() -> None:
    ev = only(events_of("2023年2月8日,越南驻土耳其大使杜山海与大使馆工作人员向地震灾民捐赠毛毯和衣服等救援物资。"), "AID")
    assert names(ev["target"]) == ["土耳其"], ev
