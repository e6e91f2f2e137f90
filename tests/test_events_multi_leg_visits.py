"""A trip with legs in two countries invited by two hosts, and agreements announced as approved.
Sentences written for the tests."""

from __future__ import annotations

from test_events import events_of, names


def test_each_leg_of_a_two_country_trip_goes_to_its_own_inviter() -> None:
    evs = events_of(
        "应捷克总理彼得·菲亚拉和斯洛伐克总理罗伯特·菲佐的邀请,越南政府总理范明政先后对捷克和斯洛伐克进行正式访问。"
        "范明政于2024年1月10日至11日对捷克进行正式访问。"
        "1月11日晚,范明政抵达布拉迪斯拉发,开始对斯洛伐克进行正式访问。"
    )
    visits = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "visit"]
    targets = sorted(tuple(names(e["target"])) for e in visits)
    assert ("彼得·菲亚拉",) in targets and ("罗伯特·菲佐",) in targets, visits


def test_an_agreement_announced_as_approved_is_an_agreement() -> None:
    evs = events_of(
        "2024年3月5日,越南外交部长裴青山在河内会见了教廷外长保罗·理查德·加拉格尔。"
        "会见中,双方宣布已批准《关于设立联合工作组的协议》。"
    )
    assert [e for e in evs if e["type"] == "AGREE"], evs


def test_after_the_next_legs_arrival_meetings_take_place_in_the_new_country() -> None:
    evs = events_of(
        "越南国会主席于2024年6月3日至5日对波兰进行正式访问。6月4日,越南国会主席会见了波兰总统安杰伊·杜达。"
        "6月5日晚,越南国会主席抵达维也纳,开始对奥地利进行正式访问。"
        "6月6日,越南国会主席会见了奥地利总统亚历山大·范德贝伦。"
    )
    meetings = {names(e["target"])[0]: e for e in evs if e["mode"] == "meeting"}
    assert meetings["亚历山大·范德贝伦"]["location_country"] == "AUT", meetings
    assert meetings["安杰伊·杜达"]["location_country"] == "POL", meetings


def test_acts_told_with_an_earlier_legs_visit_take_place_at_that_leg() -> None:
    """``越通社布鲁塞尔——…此前,X对卢森堡进行了正式访问,同卢森堡首相…举行会谈``: the talks told in the
    earlier leg's sentence were held in Luxembourg, not in the dateline's Brussels."""
    from dyad import extract, to_record

    body = (
        "越通社布鲁塞尔——越南政府总理范明政于2022年12月13日至14日在布鲁塞尔出席纪念峰会。"
        "此前,12月11日至12日,范明政对卢森堡进行了正式访问,同卢森堡首相格扎维埃·贝泰尔举行会谈。(越通社——VNA)"
    )
    evs = to_record(extract(f"范明政出席纪念峰会\n\n{body}\n越通社\n"))["events"]
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["location_country"] == "LUX", evs
def test_a_forum_the_visitor_leaves_for_after_ending_the_visit_is_no_attendance() -> None:
    evs = events_of(
        "德国外长安娜莱娜·贝尔伯克于2024年6月3日至4日对越南进行正式访问。"
        "6月4日下午,贝尔伯克结束对越南的访问,启程前往新加坡出席香格里拉对话会。"
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_earlier_legs_told_undated_with_ci_qian_yi_are_no_visits() -> None:
    evs = events_of(
        "新西兰外长温斯顿·彼得斯于2024年8月12日至13日对越南进行正式访问。"
        "越南是他此次东南亚之行的第三站,此前他已先后访问了泰国和马来西亚。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1 and visits[0]["target"][0]["country"] == "VNM", visits


def test_an_earlier_leg_told_without_a_day_is_no_attendance_and_no_visitor() -> None:
    """``结束在X出席Y的行程后,应…邀请,Z于…进行国事访问``: the summit is the trip's earlier leg,
    told without a day; the visitor is Z, not the forum named in the opener."""
    from dyad import extract, to_record

    body = (
        "结束在利马出席亚太经合组织(APEC)第三十一次领导人非正式会议的行程后,应越共中央总书记苏林和"
        "越南国家主席梁强的邀请,中共中央总书记、国家主席习近平于11月16日至17日对越南进行国事访问。"
    )
    text = f"越南加强对外合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text, meta={"published": "2024-11-17"}))["events"] if e["section"] == "main"]
    assert not [e for e in evs if e["mode"] == "multilateral"], evs
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert names(visits[0]["source"]) == ["习近平"]


def test_the_next_leg_after_ending_a_visit_is_no_visit_of_the_article() -> None:
    """``X结束对越南的国事访问,乘专机前往柬埔寨金边,对柬埔寨进行国事访问``: the next leg."""
    evs = events_of(
        "应越南国家主席武文赏的邀请,老挝国家主席通伦·西苏里于2023年5月3日至4日对越南进行国事访问。"
        "5月4日下午,通伦·西苏里结束对越南的国事访问,乘专机前往柬埔寨金边,对柬埔寨进行国事访问。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert visits[0]["date"] == "2023-05-03/2023-05-04"
def test_a_long_list_of_inviters_with_latin_names_is_still_an_invitation() -> None:
    """``应A国众议院议长X(Latin)、参议院议长Y(Latin)和B国议长Z(Latin)的邀请,…进行正式访问``: more
    than 60 characters between 应 and 邀请; the invitation is an aside, not a request, and its
    hosts are the visit's target."""
    evs = events_of(
        "应加拿大众议院议长格雷格·弗格斯(Greg Fergus)、参议院议长雷蒙德·加尼翁(Raymonde Gagne)"
        "和墨西哥众议院议长塞尔吉奥·古铁雷斯(Sergio Gutierrez)的邀请,越南国会主席陈青敏于10月2日至"
        "8日对加拿大和墨西哥进行正式访问。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and "格雷格·弗格斯" in names(visits[0]["target"]), evs


def test_the_entourage_list_of_a_visit_is_no_visit_of_its_own() -> None:
    """``陪同X访问A国和B国的有:…``: those who go along, listed; the visit is told elsewhere."""
    evs = events_of(
        "应泰国国会邀请,越南国会主席陈青敏于2024年3月4日至6日对泰国进行正式访问。"
        "陪同陈青敏访问泰国的有:国会对外委员会主任武海河;国会办公厅主任裴文强等。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["陈青敏"]], evs


def test_tanfang_followed_by_vietnam_is_not_fangyue() -> None:
    """``X一行探访越南常驻联合国代表团``: 探访 + 越南, not 访越 (a visit to Vietnam); the call at the
    mission itself is a visit to the mission, as the annotators code 探访 a mission."""
    evs = events_of("2015年9月1日,越南国会主席阮生雄一行探访越南常驻联合国代表团。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["target"]) for e in visits] == [["越南常驻联合国代表团"]], evs


def test_ying_inside_yingdui_opens_no_invitation_aside() -> None:
    """``共同应对气候变化…,A邀请B访问越南``: 应 of 应对 opens no ``应…邀请`` aside, so the
    invitation stays a request (the long inviter lists of 120 characters must not swallow it)."""
    from dyad.extraction.events import _requested

    text = "双方同意共同应对气候变化、保护湄公河水资源和加强边境地区的合作与互联互通,范明政邀请洪玛奈访问越南。"
    assert _requested(text, 0, text.index("访问"))


def test_a_visit_told_after_an_earlier_leg_in_one_sentence_is_the_same_visitors() -> None:
    """``X于…对A国进行国事访问后,于…对B国进行正式访问``: two visits, each to its own country, by X."""
    evs = events_of("越南国家主席梁强于2024年11月10日至12日对智利进行国事访问后,于11月13日至16日对秘鲁进行正式访问。")
    visits = sorted((e["date"], names(e["source"]), e["target"][0]["country"], e["location"]) for e in evs if e["mode"] == "visit")
    assert visits == [
        ("2024-11-10/2024-11-12", ["梁强"], "CHL", "智利"),
        ("2024-11-13/2024-11-16", ["梁强"], "PER", "秘鲁"),
    ], evs


def test_the_next_leg_told_with_jiang_stays_planned() -> None:
    """``X于…访问A国后,将于…对B国进行正式访问``: the second leg, dated, is kept flagged planned."""
    evs = events_of("越南国家主席梁强于2024年11月10日至12日访问智利后,将于11月13日至16日对秘鲁进行正式访问。")
    visits = {e["target"][0]["country"]: e for e in evs if e["mode"] == "visit"}
    assert set(visits) == {"CHL", "PER"}, evs
    assert not visits["CHL"]["planned"] and visits["PER"]["planned"], visits
    assert names(visits["PER"]["source"]) == ["梁强"], visits


def test_xianhou_visits_to_two_countries_are_one_visit_each() -> None:
    """``先后访问A国和B国``: one visit per country, each placed in its own country."""
    evs = events_of("2024年11月10日至16日,越南国家主席梁强先后访问智利和秘鲁。")
    visits = sorted((e["target"][0]["name"], e["location"]) for e in evs if e["mode"] == "visit")
    assert visits == [("智利", "智利"), ("秘鲁", "秘鲁")], evs


def test_xianhou_visits_go_each_to_its_inviter() -> None:
    evs = events_of(
        "应智利总统加布里埃尔·博里奇和秘鲁总统迪娜·博鲁阿尔特的邀请,越南国家主席梁强于2024年11月10日至16日"
        "先后对智利和秘鲁进行正式访问。"
    )
    visits = sorted((names(e["target"])[0], e["location"]) for e in evs if e["mode"] == "visit")
    assert visits == [("加布里埃尔·博里奇", "智利"), ("迪娜·博鲁阿尔特", "秘鲁")], evs


def test_a_visit_to_two_countries_without_xianhou_stays_one_event() -> None:
    """``对A国和B国进行正式访问`` (the gold's one event with both hosts) is left as it was."""
    evs = events_of("2024年11月10日至16日,越南国家主席梁强对智利和秘鲁进行正式访问。")
    assert len([e for e in evs if e["mode"] == "visit"]) == 1, evs
