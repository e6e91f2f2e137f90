"""A spokesperson's protest and demand: what is demanded, who it is against, told twice."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南外交部发言人回答记者提问") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def of_type(evs: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == type_]


def test_demand_to_investigate_and_compensate_is_a_request() -> None:
    evs = events_of("越南外交部发言人黎秋姮2022年3月10日表示,越方要求中方彻查此事,并向越南渔民赔偿损失。")
    [req] = of_type(evs, "REQUEST")
    assert [p["name"] for p in req["source"]] == ["黎秋姮"]
    assert [p["country"] for p in req["target"]] == ["CHN"]


def test_demand_after_a_protest_is_not_placed_where_the_act_took_place() -> None:
    evs = events_of(
        "越南外交部发言人黎秋姮2022年3月10日表示,越南坚决反对中国海警在长沙群岛海域扣押越南渔船的行为,"
        "要求中方立即释放渔船和船员。"
    )
    [req] = of_type(evs, "REQUEST")
    assert req["location"] is None


def test_a_protest_names_its_side_not_the_pair_it_mentions() -> None:
    """``对中方…深表愤慨,坚决反对…违反两国高层共识的行为``: 两国 is not whom the protest is against."""
    evs = events_of(
        "越南外交部发言人黎秋姮2022年3月10日强调,越南对中方的上述行为深表愤慨,坚决反对违反国际法和两国高层共识的行为。"
    )
    [acc] = of_type(evs, "ACCUSE")
    assert [p["country"] for p in acc["target"]] == ["CHN"]
    assert all(p["name"] != "两国" for p in acc["target"])


def test_a_protest_told_with_the_country_then_its_side_word_is_one_event() -> None:
    evs = events_of(
        "越南外交部发言人黎秋姮2022年3月10日表示,越南坚决反对中国海警扣押越南渔船的行为。"
        "黎秋姮强调,越南对中方的做法深表愤慨,坚决反对上述违反国际法的行为。"
    )
    assert len(of_type(evs, "ACCUSE")) == 1


def test_a_domestic_order_to_investigate_names_no_foreign_side() -> None:
    evs = events_of("2022年3月10日,河内市人民委员会主席要求有关部门对火灾开展调查。")
    assert all(p.get("country") in {None, "VNM"} for e in of_type(evs, "REQUEST") for p in e["target"])


def test_a_joint_communique_is_a_document_and_the_pair_word_names_the_sides() -> None:
    """《…联合公报》 is no newspaper, and ``越老双方`` is the pair of the talks told before."""
    from test_events import events_of, names

    evs = events_of(
        "2024年1月9日,范明政同宋赛·西潘敦在万象举行会谈。1月10日,越老双方在万象发表《越老联合公报》。"
    )
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert len(agree) == 1, evs
    assert sorted(names(agree[0]["source"]) + names(agree[0]["target"])) == sorted(["范明政", "宋赛·西潘敦"])


def test_concern_voiced_by_a_countrys_journalists_is_no_statement() -> None:
    """``秘鲁记者们…表示担忧``: reporters speak for no side; the country read from them is not its source."""
    evs = events_of(
        "越南驻秘鲁大使馆2023年5月4日举行见面会。秘鲁记者们十分关注东海问题,并对越南的立场表示支持,"
        "同时对冲突可能给航运带来的影响表示担忧。",
        title="越南驻秘鲁大使馆举行记者见面会",
    )
    assert of_type(evs, "ACCUSE") == []


def test_concern_voiced_by_a_ministry_stays_a_statement() -> None:
    evs = events_of("2023年5月4日,越南外交部对有关国家在长沙群岛海域举行军演表示严重关切。")
    assert len(of_type(evs, "ACCUSE")) == 1
def page_events(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_protest_quoted_after_a_colon_names_the_side_inside_the_quote() -> None:
    """``发言人X指出:“…。越南坚决反对并要求甲方…”``: the quoted words are the speaker's, not an aside."""
    text = (
        "越南反对菲律宾的做法\n\n越通社河内——3月4日,回答记者提问时,越南外交部发言人阮芳娥指出:"
        "“此举违反国际法。越南坚决反对并要求菲律宾立即停止上述做法。”(越通社)\n越通社\n"
    )
    evs = page_events(text)
    for type_ in ("ACCUSE", "REQUEST"):
        [ev] = of_type(evs, type_)
        assert [p["name"] for p in ev["source"]] == ["阮芳娥"]
        assert [p["country"] for p in ev["target"]] == ["PHL"]


def test_a_demand_in_a_paragraph_of_its_own_is_the_one_spokespersons() -> None:
    """The country's demand told apart, the spokesperson named paragraphs before (or after it)."""
    text = (
        "越南要求中国停止有关活动\n\n越通社河内——越南外交部发言人阮芳娥5月6日在例行记者会上回答了记者提问。\n\n"
        "她说,有关活动违反国际法,使局势复杂化。\n\n越南要求中国尊重越南的主权,停止上述活动。(完)\n越通社\n"
    )
    [req] = of_type(page_events(text), "REQUEST")
    assert [p["name"] for p in req["source"]] == ["阮芳娥"]
    assert [p["country"] for p in req["target"]] == ["CHN"]


def test_a_protest_names_no_side_from_a_sentence_before_it() -> None:
    """``…正对相关信息进行核实。越南强烈反对…``: the 对 of another sentence says nothing of whom."""
    text = (
        "越南反对伤害渔民的行为\n\n越通社河内——越南外交部发言人阮芳娥5月6日表示,越南职能机关正对相关信息进行核实。"
        "越南强烈反对使用武力伤害渔民的行为。(完)\n越通社\n"
    )
    for ev in of_type(page_events(text), "ACCUSE"):
        assert all(p["country"] != "VNM" for p in ev["target"])


def test_two_sides_condemning_the_same_third_are_two_statements() -> None:
    """``美国国务院谴责甲国…`` then ``越南外交部…反对``: one side's words do not fold into the other's."""
    text = (
        "美国国务院谴责中国撞击越南渔船的行为\n\n越通社河内——美国国务院5月9日发表声明,谴责中国撞击越南渔船的行为。\n\n"
        "此前,越南外交部5月3日已向中国驻越大使馆提出交涉,坚决反对中国的上述行为。(完)\n越通社\n"
    )
    accusers = {p["country"] for e in of_type(page_events(text), "ACCUSE") for p in e["source"]}
    assert {"USA", "VNM"} <= accusers


def test_a_protest_that_is_only_the_topic_of_a_question_is_no_statement() -> None:
    """``关于甲国反对乙国…的建议等问题,发言人表示:…欢迎``: the protest is the question's topic."""
    text = (
        "越南外交部发言人回答记者提问\n\n越通社河内——关于中国反对美国官员提出的有关建议等问题,"
        "越南外交部发言人阮芳娥5月6日表示,越南欢迎各国为地区和平作出贡献。(完)\n越通社\n"
    )
    assert of_type(page_events(text), "ACCUSE") == []


def test_a_demand_names_the_side_written_again_inside_it() -> None:
    """``向中方递交照会,反对并要求中方调查此事``: the side named a second time, in the demand."""
    text = (
        "越南要求调查渔船遇袭事件\n\n越通社河内——越南外交部代表5月6日已向中国驻越大使馆代表提出交涉,"
        "向中方递交照会,反对并要求中方调查此事,杜绝类似行为再次发生。(完)\n越通社\n"
    )
    [req] = of_type(page_events(text), "REQUEST")
    assert [p["country"] for p in req["target"]] == ["CHN"]
