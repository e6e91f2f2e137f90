"""Condolence visits told with a comma and an office chain, past visits summed up with a count, and
visits only wished for: sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南加强对外合作") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_condolence_visit_with_a_comma_and_an_office_chain_goes_to_the_embassy() -> None:
    evs = events_of(
        "2019年10月2日上午,越南政府副总理武德儋率越南政府代表团前往法国驻越南大使馆,"
        "吊唁法兰西共和国前总统雅克·希拉克,并在吊唁簿上题词。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    ev = visits[0]
    assert ev["type"] == "SUPPORT"
    assert names(ev["source"]) == ["武德儋"]
    assert names(ev["target"]) == ["法国驻越南大使馆"]
    assert all("希拉克" not in p["name"] for e in evs for p in e["source"] + e["target"])


def test_comrade_whose_death_is_mourned_is_no_addressee() -> None:
    evs = events_of(
        "2016年11月26日,越共中央总书记阮富仲致电古共中央第一书记劳尔·卡斯特罗,"
        "对古巴革命领袖菲德尔·卡斯特罗同志逝世表示深切哀悼。"
    )
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(msgs) == 1, evs
    assert names(msgs[0]["target"]) == ["劳尔·卡斯特罗"]


def test_visits_summed_up_with_a_count_and_no_time_are_no_event() -> None:
    evs = events_of("2023年5月10日,越南国家主席武文赏在河内会见新加坡总理李显龙。李显龙曾三次访问越南。")
    assert [e["mode"] for e in evs] == ["meeting"], evs


def test_dated_past_visit_is_still_coded() -> None:
    evs = events_of("2023年5月10日,越南国家主席武文赏在河内会见新加坡总理李显龙。李显龙曾于2015年访问越南。")
    assert sorted(e["mode"] for e in evs) == ["meeting", "visit"], evs


def test_visit_welcomed_for_the_future_is_no_event() -> None:
    evs = events_of(
        "2023年5月10日,越南政府总理范明政同澳大利亚总理安东尼·阿尔巴尼斯通电话。"
        "阿尔巴尼斯欢迎范明政早日对澳大利亚进行正式访问。"
    )
    assert [e["mode"] for e in evs] == ["phone"], evs


def test_pronoun_opening_a_sentence_acts_through_the_person_opening_the_one_before() -> None:
    evs = events_of(
        "2023年5月10日,越南国家主席武文赏在河内会见新加坡总理李显龙。李显龙表示,新方重视对越关系。"
        "2016年5月,他对越南进行正式访问。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert names(visits[0]["source"]) == ["李显龙"]
    assert names(visits[0]["target"]) == ["越南"]


def test_pronoun_after_a_semicolon_follows_the_pronoun_before_it() -> None:
    evs = events_of(
        "2023年5月10日,越南国家主席武文赏在河内会见新加坡总理李显龙。李显龙在贺电中指出,新方重视对越关系。"
        "2016年他访问越南期间,两国签署了多项协定;2020年12月,他与越南政府总理阮春福举行视频峰会。"
    )
    video = [e for e in evs if e["mode"] == "video"]
    assert len(video) == 1, evs
    assert names(video[0]["source"]) == ["李显龙"]
    assert names(video[0]["target"]) == ["阮春福"]
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs  # a year alone close before 访问…期间 dates that past visit
    assert names(visits[0]["source"]) == ["李显龙"]


def test_pronoun_inside_a_name_or_after_a_verb_is_no_subject() -> None:
    evs = events_of("2023年9月2日,泰国总理赛塔·他威信致电越南国家主席武文赏,祝贺他国庆快乐。")
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(msgs) == 1, evs
    assert names(msgs[0]["source"]) == ["赛塔·他威信"]
    assert names(msgs[0]["target"]) == ["武文赏"]


def test_pronoun_follows_a_person_named_after_an_office_chain() -> None:
    evs = events_of(
        "2023年5月10日,越南国家主席武文赏在河内会见新加坡总理李显龙。新加坡总理李显龙表示,新方重视对越关系。"
        "2016年5月,他对越南进行正式访问。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert names(visits[0]["source"]) == ["李显龙"]


def test_visit_the_people_welcome_in_advance_is_no_visit_and_the_caller_stays_the_source() -> None:
    evs = events_of(
        "2021年10月15日下午,越南驻日本大使黎明拜访了日本首相岸田文雄。黎明强调,越南人民欢迎岸田文雄前来访问。",
        title="越南驻日本大使拜访日本首相",
    )
    assert [e["mode"] for e in evs] == ["meeting"], evs
    assert (names(evs[0]["source"]), names(evs[0]["target"])) == (["黎明"], ["岸田文雄"])


def test_a_planned_visit_does_not_make_its_visitor_the_source_of_a_call_received_now() -> None:
    evs = events_of(
        "2021年10月15日下午,越南驻日本大使黎明拜访了日本首相岸田文雄。岸田文雄预计将于10月18日至21日访问越南。",
        title="越南驻日本大使拜访日本首相",
    )
    (meet,) = [e for e in evs if e["mode"] == "meeting"]
    assert (names(meet["source"]), names(meet["target"])) == (["黎明"], ["岸田文雄"]), evs


def test_call_on_a_leader_about_to_visit_is_the_callers_and_no_visit() -> None:
    evs = events_of(
        "2021年10月15日下午,越南驻华大使黎明山前来拜访即将对越南进行正式访问的中国商务部部长王建国。",
        title="越南大使拜访中国部长",
    )
    assert [(e["mode"], names(e["source"]), names(e["target"])) for e in evs] == [
        ("meeting", ["黎明山"], ["王建国"])
    ], evs
