"""Plans told in a visit's programme (将 right before the verb, a day given only as 当天, a
second verb of the same plan after a comma): not yet held, so not events. Sentences written for
the tests."""

from __future__ import annotations

from test_events import events_of


def test_jiang_right_before_the_verb_is_a_plan() -> None:
    evs = events_of(
        "应蒙古国总理邀请,越南国会主席王廷惠于2023年3月2日至4日对蒙古进行正式访问。"
        "访问期间,王廷惠一行将访问越南驻蒙古大使馆。"
    )
    assert not [e for e in evs if "大使馆" in e["evidence"]["text"]], evs


def test_a_meeting_planned_for_the_same_day_is_not_held() -> None:
    evs = events_of(
        "应老挝总理邀请,越南政府总理范明政于2023年6月5日上午抵达万象,开始对老挝进行正式访问。"
        "按计划,当天,范明政还将与老挝党和国家领导人进行会晤。"
    )
    assert not [e for e in evs if e["mode"] == "meeting"], evs


def test_a_forum_named_after_a_planned_programme_is_still_planned() -> None:
    evs = events_of(
        "2023年7月10日,越南政府总理范明政同新西兰总理希普金斯举行会谈。"
        "在希普金斯访问越南期间,除了举行会谈外,范明政与希普金斯将参加各项外交活动,出席越新企业论坛。"
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs
    assert [e for e in evs if e["mode"] == "talks"], evs


def test_what_attending_a_planned_meeting_will_show_is_no_attendance() -> None:
    evs = events_of(
        "应新加坡内政部长的邀请,越南公安部长苏林率领越南公安部代表团将出席于10月3日至4日在新加坡举行的东盟打击跨国犯罪部长级会议。"
        "代表团出席该会议体现越南积极参与地区合作的精神。"
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_the_days_programme_told_with_jiang_is_no_attendance() -> None:
    """``当天下午和晚上,各国代表将出席A峰会、B峰会``: the rest of the day's programme, still to come;
    no attendance is reported (the gold leaves plans in the future tense out)."""
    evs = events_of(
        "2017年11月13日上午,越南政府总理阮春福出席第31届东盟峰会开幕式。"
        "当天下午和晚上,各国代表将出席东盟—日本峰会、东盟—韩国峰会。"
    )
    assert [e["target"][0]["name"] for e in evs] == ["第31届东盟峰会"], evs


def test_a_plan_with_a_day_of_its_own_is_kept_flagged_planned() -> None:
    evs = events_of(
        "2017年11月13日上午,越南政府总理阮春福出席第31届东盟峰会开幕式。阮春福将于11月14日出席东盟—日本峰会。"
    )
    plans = [e for e in evs if e["planned"]]
    assert len(plans) == 1 and plans[0]["date"] == "2017-11-14", evs
    assert not [e for e in evs if not e["planned"] and e["date"] == "2017-11-14"], evs


def test_an_item_of_the_programme_co_chaired_is_no_event() -> None:
    evs = events_of(
        "第五次越法地方合作会议将于2024年9月12日至14日在顺化市举行。按计划,会议的议题包括由越南海防市"
        "与法国里昂市共同主持的《城市交通》专题报告和由越南岘港市与法国波尔多市共同主持的《旅游》专题报告。"
    )
    assert not [e for e in evs if e["type"] in {"CONSULT", "COOPERATE"}], evs
