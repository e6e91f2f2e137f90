"""Guests come to mourn: the mourner met by a host is the visitor, not the one mourned."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_guest_come_to_mourn_is_met_as_the_visitor() -> None:
    evs = events_of("2016年10月14日下午,泰国总理巴育在曼谷会见了前来吊唁的老挝国家主席本扬·沃拉吉。")
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["本扬·沃拉吉"] and names(ev["target"]) == ["巴育"]


def test_the_one_mourned_still_takes_no_part() -> None:
    evs = events_of("2022年12月5日,越南国家主席阮春福前往中国驻越南大使馆吊唁江泽民同志。")
    ev = only(evs, "SUPPORT", "visit")
    assert "江泽民" not in names(ev["source"]) + names(ev["target"])


def test_a_delegation_come_to_mourn_with_no_place_goes_to_the_dateline_city() -> None:
    for said in ("也率老挝党政高级代表团前来吊唁", "率老挝党政高级代表团出席吊唁仪式"):
        evs = events_of(f"2016年10月20日,老挝国家主席本扬·沃拉吉{said}。", "各国领导人悼念")
        ev = only(evs, "SUPPORT", "visit")
        assert names(ev["source"]) == ["本扬·沃拉吉"] and names(ev["target"]) == ["河内"]


def test_many_unnamed_going_to_mourn_borrow_no_one() -> None:
    evs = events_of(
        "2016年10月20日,老挝国家主席本扬·沃拉吉致电越南国家主席陈大光表示慰问。各国驻外使节和国际友人纷纷前往越南驻外代表机构吊唁。"
    )
    assert not [e for e in evs if e["mode"] == "visit"], evs


def test_a_delegation_come_to_mourn_keeps_the_day_told_before() -> None:
    evs = events_of(
        "2016年10月14日,老挝国家主席本扬·沃拉吉致电泰国总理巴育表示慰问。"
        "10月20日上午,柬埔寨首相洪森赴曼谷吊唁泰国国王。老挝国家主席本扬·沃拉吉也率老挝党政代表团前来吊唁。",
        "各国领导人悼念",
    )
    came = [e for e in evs if e["mode"] == "visit" and names(e["source"]) == ["本扬·沃拉吉"]]
    assert len(came) == 1 and came[0]["date"] == "2016-10-20", evs


def test_a_leader_who_also_leads_a_delegation_leads_it_alone() -> None:
    evs = events_of(
        "2016年10月18日,老挝国会主席巴妮·雅陶都率老挝国会代表团前往泰国驻老挝大使馆吊唁。"
        "10月20日上午,老挝国家主席本扬·沃拉吉也率老挝党政代表团赴曼谷吊唁。",
        "各国领导人悼念",
    )
    came = [e for e in evs if e["mode"] == "visit" and "本扬·沃拉吉" in names(e["source"])]
    assert len(came) == 1 and names(came[0]["source"]) == ["本扬·沃拉吉"], evs


def test_mourners_who_came_go_to_the_mission_that_holds_the_mourning() -> None:
    evs = events_of(
        "2019年5月3日,越南驻柬埔寨大使馆为黎光明同志举行吊唁仪式并设置吊唁簿。"
        "由柬埔寨首相洪森率领的柬埔寨政府代表团前来悼念。"
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["洪森"] and names(ev["target"]) == ["越南驻柬埔寨大使馆"], evs


def test_a_delegation_come_to_a_mission_to_mourn_a_comrade_visits_the_mission() -> None:
    evs = events_of(
        "2019年5月3日,由柬埔寨人民党中央对外部部长苏春率领的代表团前来越南驻柬埔寨大使馆"
        "向黎光明同志致以深切哀悼并在吊唁簿上留言。"
    )
    ev = only(evs, "SUPPORT")
    assert ev["mode"] == "visit" and names(ev["source"]) == ["苏春"], evs
    assert names(ev["target"]) == ["越南驻柬埔寨大使馆"], evs


def test_an_envoy_sent_to_mourn_at_a_mission_visits_it() -> None:
    evs = events_of(
        "2019年5月3日,越南常驻联合国代表团为黎光明同志举行吊唁仪式。"
        "当天,联合国秘书长安东尼奥·古特雷斯(António Guterres)派遣代表前来吊唁并在吊唁簿上留言。"
    )
    ev = only(evs, "SUPPORT")
    assert ev["mode"] == "visit" and names(ev["target"]) == ["越南常驻联合国代表团"], evs


def test_a_headline_naming_only_the_mourners_country_is_told_by_the_body() -> None:
    evs = events_of(
        "2019年5月3日,越南驻柬埔寨大使馆为黎光明同志举行吊唁仪式。由柬埔寨首相洪森率领的柬埔寨政府代表团前来悼念。",
        "柬埔寨领导人出席黎光明同志吊唁仪式",
    )
    ev = only(evs, "SUPPORT")
    assert names(ev["source"]) == ["洪森"], evs


def test_a_wreath_laid_at_a_mission_is_a_condolence_visit_and_what_was_said_stays_in_it() -> None:
    evs = events_of(
        "2018年10月6日上午,中国外交部长王毅赴越南驻中国大使馆敬献花圈,对黎光明同志逝世表示哀悼。"
        "王毅对越南人民的巨大损失深表同情。"
    )
    ev = only(evs, "SUPPORT")
    assert ev["mode"] == "visit" and names(ev["source"]) == ["王毅"], evs
    assert names(ev["target"]) == ["越南驻中国大使馆"], evs


def test_a_terms_record_lists_no_signing_of_its_own() -> None:
    evs = events_of(
        "2018年10月6日,越南驻中国大使馆为黎光明同志举行吊唁仪式。"
        "黎光明同志担任越南政府总理期间,越南同欧盟签署合作协定,同美国签署双边贸易协定。"
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_envoys_come_in_a_group_to_mourn_visit_the_mission() -> None:
    evs = events_of(
        "2019年3月2日,越南驻巴西大使馆举行吊唁仪式。阿根廷、智利、秘鲁等国家驻巴西使馆都组团前来吊唁黎德英。",
        "越南驻巴西大使馆举行吊唁仪式",
    )
    ev = only(evs, "SUPPORT", "visit")
    assert "智利" in names(ev["source"]), ev


def test_a_minister_come_to_mourn_visits_the_mission() -> None:
    evs = events_of(
        "2019年3月2日,越南驻巴西大使馆举行吊唁仪式。巴西外交部长阿劳若前来吊唁黎德英并签写吊唁簿。",
        "越南驻巴西大使馆举行吊唁仪式",
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["阿劳若"], ev
    assert "黎德英" not in names(ev["source"]) + names(ev["target"])


def test_those_set_aside_with_chule_zhiwai_are_not_the_mourners() -> None:
    evs = events_of(
        "2019年3月2日,越南驻巴西大使馆举行吊唁仪式。除了越南驻圣保罗总领事馆干部之外,阿根廷、智利等国家驻巴西使馆都组团前来吊唁黎德英。",
        "越南驻巴西大使馆举行吊唁仪式",
    )
    ev = only(evs, "SUPPORT", "visit")
    assert all(p["country"] != "VNM" for p in ev["source"]), ev


def test_a_delegation_that_also_comes_to_mourn_then_a_comma_visits() -> None:
    evs = events_of(
        "2025年5月24日,越南在河内举行原国家主席吊唁仪式。由泰国前总理川·立派率领的代表团也前来吊唁,"
        "并向越南党、国家和人民致以深切哀悼。",
        "各国领导人吊唁原国家主席",
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["川·立派"], ev
    assert not [e for e in evs if e["mode"] == "message"], evs
