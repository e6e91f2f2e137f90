"""Reports from summits: the agency's special correspondent, a local clock, a topic label, plans."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_local_clock_and_the_agencys_correspondent_do_not_attend() -> None:
    evs = events_of(
        "越通社特派记者报道,印度尼西亚(印尼)当地时间5月9日下午,越南政府总理范明政一行抵达纳闽巴焦,"
        "开始出席第42届东盟峰会。"
    )
    sources = {n for e in evs for n in names(e["source"])}
    assert evs and not sources & {"纳闽巴焦", "纳闽", "印度尼西亚"}


def test_a_topic_label_before_a_colon_does_not_attend() -> None:
    evs = events_of("第31届东盟峰会:阮春福出席全体会议并发表重要讲话。")
    ev = only(evs, "CONSULT", "multilateral")
    assert names(ev["source"]) == ["阮春福"]


def test_meetings_one_will_hold_one_by_one_are_plans() -> None:
    evs = events_of(
        "5月9日,越南政府总理范明政抵达纳闽巴焦出席第42届东盟峰会。范明政将分别同印尼总统佐科·维多多、"
        "柬埔寨首相洪森举行双边会晤。"
    )
    assert not [e for e in evs if e["mode"] == "meeting"]


def test_a_place_after_the_country_one_travels_to_is_where_not_who() -> None:
    evs = events_of(
        "5月10日,在前往印度尼西亚纳闽巴焦的行程中,除了出席第42届东盟峰会全体会议外,越南政府总理范明政"
        "还出席东盟领导人与东盟青年代表的对话会。"
    )
    sources = {n for e in evs for n in names(e["source"])}
    assert evs and not sources & {"纳闽巴焦", "纳闽", "印度尼西亚"}


def test_a_series_of_meetings_a_summit_opens_is_not_the_forum_attended() -> None:
    evs = events_of(
        "11月13日,第31届东盟峰会在马尼拉开幕,拉开东盟2017年一系列重要会议的序幕。越南政府总理阮春福出席峰会开幕式。"
    )
    ev = only(evs, "CONSULT", "multilateral")
    assert names(ev["target"]) == ["第31届东盟峰会"]


def test_leaders_at_the_opening_of_their_own_national_assembly_session_is_no_event() -> None:
    """``第十五届国会第六次会议在河内开幕。…出席开幕式``: a home session, no foreign side (OTHER)."""
    from test_events import teaser_events

    evs = teaser_events(
        "第十五届国会第六次会议开幕",
        "10月23日上午,越南第十五届国会第六次会议在河内国会大厦开幕。越共中央总书记阮富仲和政府总理范明政出席开幕式。",
    )
    assert [e["type"] for e in evs] == ["OTHER"], evs
def test_talks_on_the_sidelines_of_a_forum_named_with_a_pair_are_between_the_two_ministers() -> None:
    """``在X市出席东盟与中国外长特别会议…期间,A已与B举行会谈``: the forum's name, with its own
    与, is the frame; the talks are A's with B."""
    from test_events import events_of, names

    evs = events_of(
        "据越通社驻中国记者报道,在中国昆明市出席东盟与中国外长会议和澜湄合作外长会期间,"
        "2023年7月8日上午,越南外交部长裴青山已与中国外交部长秦刚举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert [(names(e["source"]), names(e["target"])) for e in talks] == [(["裴青山"], ["秦刚"])], evs


def test_a_title_naming_the_assembly_chair_by_office_alone_is_the_bodys_attendance() -> None:
    """Title ``国会主席出席第五届世界议长大会`` (a bare 国会, no country) and the body's
    ``越南国会主席陈青敏…出席第五届世界议长大会``: one attendance, by the person the body names."""
    from test_events import events_of

    evs = events_of(
        "2021年9月11日上午,越南国会主席陈青敏一行抵达河内,圆满结束访问瑞士和出席第五届世界议长大会之行。",
        title="国会主席出席第五届世界议长大会",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["source"]] for e in att] == [["陈青敏"]], evs


def test_one_ordinal_meeting_told_with_jie_and_with_ci_is_one_attendance() -> None:
    """``第27届东盟-中国领导人会议`` in the lead, ``第27次东盟-中国领导人会议`` in the body: one meeting."""
    from dyad import extract, to_record

    text = (
        "陈光明出席第27次东盟-中国领导人会议\n\n"
        "第44届东盟峰会:陈光明总理出席第27届东盟-中国领导人会议\n\n"
        "越通社河内——在第44届东盟峰会期间,2024年10月10日上午,越南政府总理陈光明出席了第27次东盟-中国领导人会议。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert len([e for e in evs if e["mode"] == "multilateral"]) == 1, evs


def test_an_attendance_told_with_the_trips_end_keeps_the_forums_own_days() -> None:
    """``第五届世界议长大会`` (its days in recurring_meetings.tsv) in the title and ``9月11日上午,…
    抵达河内,圆满结束…出席第五届世界议长大会之行`` in the text: attended on the forum's days, the
    11th is the return; and the title's ``越南国会`` is the body of the text's speaker."""
    from test_events import events_of

    evs = events_of(
        "2021年9月11日上午,越南国会主席陈青敏一行抵达河内,圆满结束访问瑞士和出席第五届世界议长大会之行。",
        title="越南国会主席出席第五届世界议长大会",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert [([p["name"] for p in e["source"]], e["date"]) for e in att] == [(["陈青敏"], "2021-09-07/2021-09-08")], evs
