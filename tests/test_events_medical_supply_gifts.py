"""Medical supplies given abroad (masks, protective suits, test kits), a story opening that sums the
handovers up, thanks posted on social media and special online meetings a minister chairs."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def page_events(body: str, title: str, place: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社{place}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_masks_handed_to_ambassadors_listed_with_their_offices() -> None:
    body = (
        "5月6日,越南卫生部副部长黎光强代表越南政府向荷兰驻越南大使伊丽莎白·凡德维尔(ElisabethvanderWeel)、"
        "比利时驻越南大使保罗·詹森(Paul Jansen)和瑞典驻越南大使安娜·林德曼(Anna Lindemann)转交了一批医用口罩。"
    )
    evs = page_events(body, "越南向三国转交口罩")
    aid = [e for e in evs if e["type"] == "AID"]
    assert len(aid) == 1, evs
    assert names(aid[0]["source"]) == ["黎光强"], aid
    assert names(aid[0]["target"]) == ["伊丽莎白·凡德维尔", "保罗·詹森", "安娜·林德曼"], aid


def test_an_opening_that_sums_up_two_handovers_is_no_gift_of_its_own() -> None:
    lead = "2020年6月2日,越南公安部分别在河江省和莱州省向老挝公安部和柬埔寨内政部移交了一批防护服和检测试剂。"
    rest = (
        "在河江省举行的移交仪式上,越南公安部副部长阮文成向老挝公安部副部长宋蓬·本塔冯(SomphongBounthavong)"
        "移交了防护服和检测试剂。同日,越南公安部副部长陈国祖在莱州省向柬埔寨内政部国务秘书苏占塔·坎蓬(SochantaKampong)"
        "移交了同类物资。"
    )
    title = "越南公安部向老挝和柬埔寨移交防疫物资"
    text = f"{title}\n\n{lead}\n\n越通社河内——{lead}\n\n{rest}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]
    givers = [names(e["source"]) for e in evs]
    assert ["越南公安部"] not in givers, evs
    assert sorted(givers) == [["阮文成"], ["陈国祖"]], evs


def test_an_opening_gift_stays_when_a_recipient_gets_no_handover_of_its_own() -> None:
    lead = "2020年6月2日,越南政府向老挝和柬埔寨赠送了一批医用口罩。"
    rest = "同日,越南驻老挝大使阮明泰在万象向老挝卫生部部长本通·西哈(BounthongSiha)移交了一批口罩。"
    text = f"越南向老挝和柬埔寨赠送口罩\n\n{lead}\n\n越通社河内——{lead}\n\n{rest}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]
    assert any(names(e["source"]) == ["越南政府"] for e in evs), evs
    assert any(names(e["source"]) == ["阮明泰"] for e in evs), evs


def test_thanks_posted_on_social_media_are_support() -> None:
    body = "4月20日,新西兰总理杰辛达·阿德恩(Jacinda Ardern)在社交网络上发文,感谢越南向新西兰提供医疗防护用品。"
    evs = page_events(body, "新西兰总理感谢越南")
    sup = [e for e in evs if e["type"] == "SUPPORT"]
    assert sup, evs
    assert names(sup[0]["source"]) == ["杰辛达·阿德恩"] and names(sup[0]["target"]) == ["越南"], sup


def test_thanks_quoted_from_a_post_are_support() -> None:
    body = "4月21日,美国总统唐纳德·特朗普在推特上用越南语写道:“感谢越南人民向美国提供防护服。”"
    evs = page_events(body, "美国总统感谢越南")
    sup = [e for e in evs if e["type"] == "SUPPORT"]
    assert sup, evs
    assert names(sup[0]["source"]) == ["唐纳德·特朗普"], sup


def test_a_special_online_meeting_chaired_is_attended() -> None:
    body = "3月30日,越南工贸部部长陈俊英以视频方式主持召开东盟经济部长特别视频会议,讨论疫情对供应链的影响。"
    evs = page_events(body, "东盟经济部长特别视频会议举行")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert multi, evs
    assert names(multi[0]["source"]) == ["陈俊英"], multi
    assert "东盟经济部长特别视频会议" in names(multi[0]["target"])[0], multi


def test_flowers_given_at_a_welcome_are_no_aid() -> None:
    """``X接受河内儿童赠送的鲜花``, ``向Y赠送纪念品``: courtesies at a welcome, not aid."""
    from test_events import events_of

    evs = events_of(
        "2024年5月6日上午,印度总理莫迪抵达河内,莫迪接受首都河内儿童赠送的鲜花。"
        "随后,越南政府总理范明政向莫迪赠送纪念品。"
    )
    assert not [e for e in evs if e["type"] == "AID"], evs
