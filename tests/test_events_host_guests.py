"""A host receiving guests at home: who calls on whom, the talks after a welcome, forum guests not
named, and the programme still to come. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(paragraphs: list[str], dateline: str = "河内", title: str = "越南加强对外合作") -> list[dict[str, Any]]:
    body = "\n\n".join(paragraphs)
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_talks_after_welcome_pair_the_two_of_the_welcome_not_a_background_meeting() -> None:
    evs = _main(
        [
            "应越南国家主席陈大光的邀请,蒙古国总统哈勒特马·巴特图勒嘎于4月10日至12日对越南进行国事访问。",
            "此前,巴特图勒嘎于4月8日至9日在新加坡同印度总理纳伦德拉·莫迪举行会晤。",
            "4月10日上午,陈大光在河内主席府为巴特图勒嘎举行隆重欢迎仪式。欢迎仪式结束后,两位领导人举行会谈。",
        ]
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert [n[-5:] for n in _names(talks[0]["source"])] == ["巴特图勒嘎"]
    assert _names(talks[0]["target"]) == ["陈大光"]


def test_host_meeting_guests_who_came_for_a_forum_named_only_by_country_attends_nothing() -> None:
    evs = _main(
        [
            "9月20日,越南国会主席阮氏金银在河内分别会见了前来出席东盟议会联盟第39届大会的泰国和菲律宾代表团团长。"
        ]
    )
    assert not [e for e in evs if e["mode"] == "multilateral" and "阮氏金银" in _names(e["source"])], evs


def test_programme_still_to_come_told_after_ju_xi_is_no_event() -> None:
    evs = _main(
        [
            "10月5日,越南政府总理阮春福在河内会见了新西兰总理杰辛达·阿德恩。",
            "据悉,10月6日上午,阮春福将出席越南—新西兰企业论坛并发表讲话。",
        ]
    )
    assert not [e for e in evs if "据悉" in e["evidence"]["text"]], evs


def test_guest_received_at_the_government_seat_is_the_source() -> None:
    text = (
        "越南加强对外合作\n\n越通社河内——2018年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
        "越南政府总理会见澳大利亚总理\n"
        "3月15日,越南政府总理阮春福在政府总部会见澳大利亚总理马尔科姆·特恩布尔。\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related" and e["type"] == "CONSULT"]
    assert len(evs) == 1, evs
    assert _names(evs[0]["source"]) == ["马尔科姆·特恩布尔"]
    assert _names(evs[0]["target"]) == ["阮春福"]


def test_guest_met_the_same_day_after_a_meeting_at_home_is_the_source() -> None:
    evs = _main(
        [
            "10月3日下午,越南政府总理阮春福在政府总部会见了日本外务大臣河野太郎。",
            "同日,阮春福还会见了柬埔寨王国首相洪森。双方同意加强合作。",
        ]
    )
    ev = next(e for e in evs if e["mode"] == "meeting" and "洪森" in _names(e["source"] + e["target"]))
    assert _names(ev["source"]) == ["洪森"]
    assert _names(ev["target"]) == ["阮春福"]


def test_a_meeting_with_no_place_and_nothing_before_keeps_the_subject_first() -> None:
    evs = _main(["同日,越南政府总理阮春福会见了柬埔寨王国首相洪森。"])
    ev = next(e for e in evs if e["mode"] == "meeting")
    assert _names(ev["source"]) == ["阮春福"]


def test_video_talks_from_the_dateline_city_keep_the_subject_first() -> None:
    evs = _main(["12月21日下午,越南政府总理阮春福同日本首相菅义伟举行视频会谈。"])
    ev = next(e for e in evs if e["type"] == "CONSULT")
    assert _names(ev["source"]) == ["阮春福"]


def test_guest_who_came_for_a_forum_attends_all_its_days_told_after() -> None:
    evs = _main(
        [
            "东盟议会联盟大会:阮氏金银会见各国议长。本届大会于2019年11月5日至8日在河内举行。",
            "11月5日下午,阮氏金银会见了前来出席大会的印度尼西亚人民协商会议议长祖尔基弗利·哈桑。",
        ]
    )
    att = [e for e in evs if e["mode"] == "multilateral" and "祖尔基弗利·哈桑" in _names(e["source"])]
    assert len(att) == 1, evs
    assert (att[0]["date_start"][5:], att[0]["date_end"][5:]) == ("11-05", "11-08")


def test_talks_in_the_paragraph_after_a_welcome_told_with_zhuchi_pair_the_welcomed_guest() -> None:
    evs = _main(
        [
            "应越南国家主席陈大光的邀请,蒙古国总统哈勒特马·巴特图勒嘎于4月10日至12日对越南进行国事访问。",
            "此前,巴特图勒嘎于4月8日至9日在新加坡同印度总理纳伦德拉·莫迪举行会晤。",
            "4月10日上午,陈大光在河内主席府主持隆重仪式,欢迎巴特图勒嘎。",
            "欢迎仪式结束后,两国元首举行会谈。",
        ]
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert _names(talks[0]["target"]) == ["陈大光"]


def test_a_banquet_told_shezhuan_then_warmly_welcoming_the_guest() -> None:
    """``X和夫人在…设宴,热烈欢迎Y一行`` and ``Y和夫人为X举行隆重国宴``: the host is the source."""
    from test_events import events_of, names

    evs = events_of(
        "应柬埔寨国王西哈莫尼的邀请,越南国家主席武文赏于2023年9月25日至26日对柬埔寨进行国事访问。"
        "9月25日晚,西哈莫尼国王在王宫设宴,热烈欢迎武文赏主席一行。"
    )
    dinners = [e for e in evs if e["mode"] == "meeting" and "设宴" in e["evidence"]["text"]]
    assert len(dinners) == 1, evs
    assert names(dinners[0]["source"]) == ["西哈莫尼"]
    assert names(dinners[0]["target"]) == ["武文赏"]
    evs = events_of(
        "应越南国家主席武文赏的邀请,老挝国家主席通伦·西苏里于2023年5月3日至4日对越南进行国事访问。"
        "5月3日晚,武文赏和夫人为通伦·西苏里举行隆重国宴。"
    )
    dinner = [e for e in evs if "国宴" in e["evidence"]["text"] and e["mode"] == "meeting"]
    assert len(dinner) == 1, evs
    assert names(dinner[0]["source"]) == ["武文赏"]
def test_a_delegation_led_by_a_guest_come_to_visit_is_the_source_of_its_meeting() -> None:
    """``A会见由B率领前来…的X党、国家和阵线高级代表团``: the delegation, whose name holds a list
    with 、, came; its leader B is the visitor."""
    from test_events import events_of, names

    evs = events_of(
        "7月25日下午,越南政府总理范明政会见由老挝人民革命党中央政治局委员、政府总理宋赛率领"
        "前来越南访问的老挝人民革命党、国家和建国阵线高级代表团。"
    )
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and names(meeting[0]["source"]) == ["宋赛"], evs


def test_the_host_does_not_attend_the_conference_his_envoys_came_home_for() -> None:
    """``X会见了回国出席第30次外交会议的越南驻各国大使``: the envoys came home to attend; the
    host meets his own side, no attendance of his."""
    from test_events import events_of

    evs = events_of("2024年12月19日在河内,越南国家主席梁强会见了回国出席第32次外交会议的越南驻各国大使和首席代表。")
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_an_anniversary_reception_named_before_its_word_is_a_support_meeting() -> None:
    """``X大使馆在河内隆重举行两国建交50周年庆祝招待会。Y出席。``: the anniversary before 招待会;
    the host embassy meets the guest, SUPPORT (the 庆祝 of the celebration)."""
    from test_events import events_of, names

    evs = events_of(
        "2023年9月21日,日本驻越南大使馆在河内隆重举行日越建交50周年庆祝招待会。越南国家副主席武氏映春出席。"
    )
    rec = [e for e in evs if e["mode"] == "meeting"]
    assert rec and rec[0]["type"] == "SUPPORT" and names(rec[0]["target"]) == ["武氏映春"], evs


def test_guest_come_to_attend_a_long_named_ceremony_is_still_the_visitor() -> None:
    evs = _main(
        [
            "4月29日下午,越南国家主席陈大光会见了前来出席越老重要交通合作标志性工程之一——南定(Nam Định)港2号"
            "码头落成仪式以及越南南方解放、国家统一40周年庆典的老挝人民革命党中央委员会总书记、老挝国家主席本扬·沃拉吉。"
        ]
    )
    meets = [e for e in evs if e["mode"] == "meeting"]
    assert len(meets) == 1, evs
    assert _names(meets[0]["source"]) == ["本扬·沃拉吉"]
    assert _names(meets[0]["target"]) == ["陈大光"]


def test_host_meeting_an_unnamed_delegation_that_came_to_attend_a_summit_attends_nothing() -> None:
    # the trip (赴越出席…) and what it came for describe the guests, who are met; the host attends nothing
    evs = _main(["6月8日,越南政府副总理黎文成在河内会见赴越出席2021年湄公河投资峰会的新西兰企业代表团。"])
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "meeting")], evs
    assert _names(evs[0]["target"]) == ["黎文成"]


def test_talks_after_a_welcome_by_two_hosts_pair_both_hosts_with_the_guest_who_came() -> None:
    # two speakers of one country hold a ceremony to welcome a guest of another: "双方" are those two
    # sides, the guest (who came) first, and the talks are one event with both hosts
    evs = _main(
        [
            "新西兰众议院议长约翰·卡特(John Carter)和副议长安妮·托里(Anne Tolley)6月2日在首都惠灵顿举行仪式,"
            "欢迎越南国会副主席杜伯巳和越南国会代表团访新。",
            "欢迎仪式结束后,双方举行会谈。",
        ],
        dateline="惠灵顿",
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert _names(talks[0]["source"]) == ["杜伯巳"]
    assert sorted(_names(talks[0]["target"])) == sorted(["约翰·卡特", "安妮·托里"])


def test_a_forum_s_days_framing_talks_at_home_make_its_leaders_guests() -> None:
    """``APEC领导人会议周期间,11月10日在岘港市,A与B举行会谈``: the host's country holds the forum, so
    the headline's leaders he met there are visitors calling on him, though he attends nothing."""
    page = (
        "越南政府总理黎明山会见澳大利亚总理和新西兰总理\n\n越通社岘港市——2017年亚太经合组织(APEC)领导人会议周期间,"
        "11月10日在岘港市,越南政府总理黎明山与澳大利亚总理约翰·史密斯(John Smith)举行会谈。\n\n"
        "两国领导人对两国关系取得的长足进展感到满意。(越通社-VNA)\n\n越通社\n"
    )
    evs = [e for e in to_record(extract(page))["events"] if e["mode"] in {"meeting", "talks"}]
    assert [(_names(e["source"]), _names(e["target"])) for e in evs] == [
        (["澳大利亚", "新西兰"], ["黎明山"]),
        (["约翰·史密斯"], ["黎明山"]),
    ], evs
