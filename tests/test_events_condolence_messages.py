"""Messages of condolence told with a long aside before the sympathy, or with what they said."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_message_with_an_aside_before_deep_sorrow_is_a_message() -> None:
    evs = events_of(
        "2016年7月5日,柬埔寨国王诺罗敦·西哈莫尼致电老挝国家主席本扬·沃拉吉,代表柬埔寨王室、政府和人民,"
        "并以个人名义,对老挝前总理逝世表示沉痛哀悼。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["诺罗敦·西哈莫尼"] and names(ev["target"]) == ["本扬·沃拉吉"]


def test_deep_sorrow_after_a_comma_makes_a_message() -> None:
    evs = events_of("2021年4月2日,印度尼西亚总统佐科·维多多致电越南国家主席阮春福,对越南失去一位优秀领导人表示沉痛哀悼。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["佐科·维多多"] and names(ev["target"]) == ["阮春福"]


def test_a_message_that_said_something_goes_to_its_addressee_only() -> None:
    evs = events_of("2019年5月3日,日本首相安倍晋三致电越南政府总理阮春福,称已故国家主席黎德英是日本人民的朋友。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["安倍晋三"] and names(ev["target"]) == ["阮春福"]


def test_a_condemnation_in_a_condolence_or_by_everyone_is_no_statement() -> None:
    """``国际社会…表示强烈谴责`` names no speaker (the one told before did not say it); ``越南强烈谴责一切
    形式的恐怖主义`` written in a condolence book is aimed at no side: both stay part of the sympathy."""
    evs = events_of(
        "2024年5月6日,越南外交部副部长黎明率团前往新西兰驻河内大使馆吊唁爆炸事件遇难者,并在吊唁簿上写道:"
        "“越南强烈谴责一切形式的恐怖主义行为。”国际社会对该爆炸事件表示强烈谴责。"
    )
    assert [e["type"] for e in evs] == ["SUPPORT"], evs


def test_a_condolence_visit_in_the_headline_and_the_body_is_one_visit() -> None:
    """``到新西兰驻越大使馆吊唁`` in the headline, ``前往新西兰驻河内大使馆吊唁`` in the body: one visit."""
    evs = events_of(
        "越南外交部副部长黎明2024年5月6日前往新西兰驻河内大使馆吊唁地震遇难者,并在吊唁簿上留言。",
        title="越南外交部副部长黎明到新西兰驻越大使馆吊唁地震遇难者",
    )
    assert len([e for e in evs if (e["type"], e["mode"]) == ("SUPPORT", "visit")]) == 1, evs


def test_a_cable_to_the_leaders_of_the_country_named_in_the_topic_goes_to_that_country() -> None:
    evs = events_of("2024年9月12日,白俄罗斯总统卢卡申科就台风给越南造成的损失向越南领导人致电致函表示慰问。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["卢卡申科"] and names(ev["target"]) == ["越南"], ev


def test_a_cable_sent_then_sympathy_right_after_is_a_message() -> None:
    ev = only(events_of("2024年9月12日,蒙古国总统呼日勒苏赫向越南领导人致电表示慰问。"), "SUPPORT")
    assert ev["mode"] == "message" and names(ev["target"]) == ["越南"], ev


def test_a_cable_to_a_leader_that_comforts_the_victims_is_a_message() -> None:
    evs = events_of(
        "2016年10月18日,老挝国家主席本扬·沃拉吉致电越南国家主席陈大光慰问受灾群众,对越南人民表示深切悲痛和哀悼。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["本扬·沃拉吉"] and names(ev["target"]) == ["陈大光"], ev


def test_a_headline_summing_up_the_cables_to_the_country_is_no_cable_of_its_own() -> None:
    evs = events_of(
        "2016年10月18日,老挝国家主席本扬·沃拉吉致电越南国家主席陈大光慰问受灾群众。"
        "古巴国家主席劳尔·卡斯特罗致电越共中央总书记阮富仲表示深切慰问。",
        "老挝和古巴领导人致电慰问越南受灾群众",
    )
    sent = [e for e in evs if e["type"] == "SUPPORT"]
    assert sorted(n for e in sent for n in names(e["source"])) == ["劳尔·卡斯特罗", "本扬·沃拉吉"], sent
