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
