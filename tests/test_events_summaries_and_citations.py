"""Headlines that sum up several meetings or messages, results of past talks cited, and congratulations
said in a welcome that do not make the visit a congratulation."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_headline_summing_up_messages_by_country_is_no_message_of_its_own() -> None:
    evs = events_of(
        "近日,俄罗斯国家杜马主席维亚切斯拉夫·沃洛金致电阮氏金银,祝贺她就任越南国会主席。值此之际,"
        "蒙古国家大呼拉尔主席贡布扎布·赞丹沙塔尔也致电祝贺阮氏金银就任越南国会主席。",
        title="俄罗斯、蒙古等国领导人致电祝贺阮氏金银就任越南国会主席",
    )
    messages = [e for e in evs if (e["type"], e["mode"]) == ("SUPPORT", "message")]
    assert sorted(names(e["source"])[0] for e in messages) == ["维亚切斯拉夫·沃洛金", "贡布扎布·赞丹沙塔尔"]


def test_a_headline_meeting_with_a_countrys_leaders_is_the_meetings_told_below() -> None:
    evs = events_of(
        "同日,越南国会主席阮生雄在国会大厦会见了中国国家副主席习近平。",
        title="越南党和国会领导会见中国国家副主席习近平",
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["target"]) == ["阮生雄"]


def test_the_result_of_past_talks_cited_is_no_talks() -> None:
    evs = events_of(
        "12月21日,越共中央总书记阮富仲在河内会见了中国国家副主席习近平。阮富仲高度评价习近平与越南国家副主席"
        "阮氏缘举行会谈所达成的结果。"
    )
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "meeting")]


def test_congratulations_on_achievements_said_in_a_welcome_leave_the_visit_a_visit() -> None:
    evs = events_of(
        "12月20日下午,越共中央总书记阮富仲在河内会见了柬埔寨首相洪森。阮富仲热烈欢迎洪森对越南进行正式访问,"
        "对柬埔寨人民所取得的巨大成就表示祝贺。"
    )
    assert not [e for e in evs if e["type"] == "SUPPORT"]


def test_praise_for_a_signing_is_not_a_second_signing() -> None:
    evs = events_of(
        "9月14日上午,胡志明市人民委员会副主席吴明珠与上海市人大常委会副主任孙明见证了两市外事部门"
        "友好交流合作备忘录签署仪式。孙明高度评价两市外事部门签署友好交流合作备忘录。"
    )
    ev = only(evs, "AGREE", "sign")
    assert names(ev["source"]) == ["吴明珠"]
