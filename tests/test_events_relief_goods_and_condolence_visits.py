"""Disasters abroad: sympathy messages, relief goods counted by their unit, gifts of companies and
embassies, condolence visits to an embassy named before, handover ceremonies and their people."""

from __future__ import annotations

from dyad import extract, to_record


def _events(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["type"] != "OTHER"]


def test_trust_under_a_partys_guidance_names_no_place_of_the_message() -> None:
    text = (
        "蒙古国总统致电慰问越南受灾群众\n\n"
        "越通社河内——获悉越南南部近期遭受台风袭击,2022年11月3日,蒙古国总统呼日勒苏赫致电越南国家主席阮春福慰问灾民,"
        "向越南人民表示深切哀悼,深信在越南党和各级政府的关心指导下,灾区人民将早日恢复正常生活。(完)\n越通社\n"
    )
    evs = _events(text)
    assert [(e["type"], e["mode"]) for e in evs] == [("SUPPORT", "message")], evs
    assert evs[0]["location"] is None, evs


def test_relief_goods_counted_by_unit_are_aid() -> None:
    text = (
        "新加坡向菲律宾灾民提供援助\n\n"
        "越通社河内——2022年8月2日,新加坡红十字会宣布向菲律宾吕宋岛受灾群众提供5万升饮用水和3千条毛毯。(完)\n越通社\n"
    )
    evs = _events(text)
    assert [e["type"] for e in evs if e["section"] == "main"] == ["AID"], evs
    main = next(e for e in evs if e["section"] == "main")
    assert main["source"][0]["name"] == "新加坡红十字会" and main["target"][0]["country"] == "PHL", main


def test_tents_handed_over_by_count_are_aid() -> None:
    text = (
        "测试\n\n越通社河内——2022年8月2日,日本驻老挝大使向老挝劳动与社会福利部移交了200顶帐篷和50台净水器。(完)\n越通社\n"
    )
    evs = _events(text)
    assert [e["type"] for e in evs if e["section"] == "main"] == ["AID"], evs


def test_a_company_of_the_giving_country_gives_on_its_own() -> None:
    text = (
        "日本向菲律宾提供紧急援助\n\n"
        "越通社河内——2022年8月2日,日本政府决定向菲律宾提供价值200万美元的紧急援助。\n\n"
        "与此同时,全日空航空公司宣布向菲律宾受灾群众提供2万升饮用水和1千条毛毯。(完)\n越通社\n"
    )
    evs = [e for e in _events(text) if e["section"] == "main"]
    givers = sorted(p["name"] for e in evs for p in e["source"])
    assert givers == ["全日空航空公司", "日本政府"], evs
    assert all(p["country"] == "JPN" for e in evs for p in e["source"]), evs


def test_the_embassy_gone_to_is_not_the_giver() -> None:
    text = (
        "柬埔寨红十字会向越南灾民捐款\n\n"
        "越通社金边——2020年11月2日,柬埔寨红十字会主席文拉妮前往越南驻柬埔寨大使馆并向越南驻柬埔寨大使阮辉增移交5万美元的援款。(完)\n越通社\n"
    )
    evs = [e for e in _events(text) if e["section"] == "main" and e["type"] == "AID"]
    assert evs and all([p["name"] for p in e["source"]] == ["文拉妮"] for e in evs), evs
    assert all([p["name"] for p in e["target"]] == ["阮辉增"] for e in evs), evs


def test_an_earlier_gift_told_with_ci_qian_is_its_own_event() -> None:
    text = (
        "越南向缅甸提供紧急援助\n\n"
        "越通社河内——越南政府刚决定向缅甸政府提供30万美元紧急援助,帮助地震灾民重建家园。\n\n"
        "*此前,越南驻缅甸大使陈福平于4月2日前往缅甸社会福利部,并向该部提供紧急救灾援助。(完)\n越通社\n"
    )
    evs = [e for e in _events(text) if e["section"] == "main" and e["type"] == "AID"]
    givers = sorted(p["name"] for e in evs for p in e["source"])
    assert "陈福平" in givers and len(evs) == 2, evs


def test_a_second_mourner_going_to_the_bare_embassy_visits_the_one_named() -> None:
    text = (
        "越南副总理前往日本驻越大使馆吊唁地震遇难者\n\n"
        "越通社河内——越南政府副总理黎明慨2024年1月5日上午率团前往日本驻河内大使馆吊唁地震遇难者,并在吊唁簿上留言。\n\n"
        "当天,越南红十字会主席阮氏春秋率领越南红十字会代表团前往大使馆吊唁。(完)\n越通社\n"
    )
    evs = [e for e in _events(text) if e["section"] == "main" and e["type"] == "SUPPORT"]
    second = [e for e in evs if e["source"] and e["source"][0]["name"] == "阮氏春秋"]
    assert second and second[0]["target"][0]["name"] == "日本驻河内大使馆", evs
    assert second[0]["date"] == "2024-01-05", second


def test_a_day_quoted_from_a_condolence_book_dates_no_later_visit() -> None:
    text = (
        "越南外交部副部长前往新西兰驻越大使馆吊唁\n\n"
        "越通社河内——越南外交部副部长黎明2024年5月6日上午前往新西兰驻河内大使馆吊唁火灾遇难者,并在吊唁簿上留言。\n\n"
        "黎明在吊唁簿上写道:“我们对2024年5月2日发生的火灾夺走许多生命感到悲痛。”\n\n"
        "当天,越南友好组织联合会主席阮芳娥率团前往新西兰驻河内大使馆吊唁。(完)\n越通社\n"
    )
    evs = [e for e in _events(text) if e["section"] == "main" and e["type"] == "SUPPORT"]
    later = [e for e in evs if e["source"] and e["source"][0]["name"] == "阮芳娥"]
    assert later and later[0]["date"] == "2024-05-06", evs


def test_the_one_presiding_a_handover_and_the_guests_listed_stand_for_the_sides() -> None:
    text = (
        "越南向老挝捐赠医疗物资\n\n"
        "越通社河内——2021年3月2日,越南国防部向老挝国防部捐赠防疫医疗物资。当天,越南总后勤部副主任黎文雄少将在河静省茶坡国际口岸"
        "主持越南国防部向老挝国防部捐赠医疗物资交接仪式。出席仪式的老方代表有老挝人民军总后勤局副局长宋蓬大校。(完)\n越通社\n"
    )
    evs = [e for e in _events(text) if e["section"] == "main" and e["type"] == "AID"]
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["黎文雄"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["宋蓬"], evs
