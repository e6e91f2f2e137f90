"""A named leader who writes in a condolence book (在吊唁簿上留言/题词) pays a condolence visit."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_named_leader_writing_in_the_book_at_home_mourns_in_the_dateline_city() -> None:
    evs = events_of(
        "3月4日至5日,越南党、国家在河内国家殡仪馆隆重举行原国家主席黎明山的吊唁仪式。"
        "泰国国会副主席颂猜·汶纳代表泰国国会在吊唁簿上留言,深切哀悼黎明山同志的逝世。",
        "各国代表吊唁原国家主席黎明山",
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["颂猜·汶纳"] and names(ev["target"]) == ["河内"]


def test_a_named_leader_writing_in_the_book_of_a_mission_visits_the_mission() -> None:
    evs = events_of(
        "3月6日,越南驻法国大使馆为原国家主席黎明山举行吊唁仪式并设吊唁簿。"
        "法国参议院副议长让·马丁在吊唁簿留言向黎明山家属和越南人民表示沉痛哀悼。",
        "越南驻法国大使馆举行吊唁仪式",
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["让·马丁"] and names(ev["target"]) == ["越南驻法国大使馆"]


def test_unnamed_envoys_writing_in_the_book_make_no_event() -> None:
    evs = events_of(
        "3月6日,越南驻法国大使馆为原国家主席黎明山举行吊唁仪式并设吊唁簿。"
        "50多位驻法国外国大使出席吊唁活动,并在吊唁簿上题词。德国大使在吊唁簿上写道:“他是杰出的领导人。”",
        "越南驻法国大使馆举行吊唁仪式",
    )
    assert not [e for e in evs if e["type"] == "SUPPORT"], evs


def test_a_visit_to_mourn_and_the_book_signed_after_it_are_one_visit() -> None:
    evs = events_of("2022年3月5日,越南国家主席阮春福前往法国驻越南大使馆吊唁黎明山逝世,并在吊唁簿上题词。法国总理让·马丁也率代表团前来吊唁并在吊唁簿上留言。")
    visits = [names(e["source"]) for e in evs if e["mode"] == "visit"]
    assert sorted(visits) == [["让·马丁"], ["阮春福"]], evs
