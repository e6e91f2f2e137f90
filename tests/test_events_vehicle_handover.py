"""Vehicles handed over to the other side (向X移交…巡逻车/救护车) are in-kind aid, like equipment.
Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南向柬埔寨移交车辆\n\n{body}\n\n越通社西宁——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_patrol_vehicles_handed_over_are_aid() -> None:
    evs = _main("2019年5月8日,越南西宁省边防部队在木排口岸向柬埔寨柴桢省警察局移交了6辆巡逻车。")
    aid = [e for e in evs if e["type"] == "AID"]
    assert aid and aid[0]["date"] == "2019-05-08", evs
    assert any("柬埔寨" in p["name"] or p["country"] == "KHM" for p in aid[0]["target"]), aid


def test_ambulances_donated_with_a_sum_are_aid_with_the_sum() -> None:
    evs = _main("2020年4月2日,日本驻越南大使馆向广宁省卫生厅捐赠了两辆救护车,价值约40万美元。")
    aid = [e for e in evs if e["type"] == "AID"]
    assert aid, evs


def test_a_building_handed_over_with_jiang_gei_is_aid_from_the_one_handing_it_over() -> None:
    from test_events import events_of, names

    evs = events_of(
        "2019年5月8日,老挝总理通伦出席由日本政府援建的万象医院落成仪式。"
        "仪式上,日本驻老挝大使代表日本政府将医院移交给老挝卫生部长本贡·西哈冯。"
    )
    aid = [e for e in evs if e["type"] == "AID"]
    assert len(aid) == 1, evs  # the ceremony of a project built with aid is not a second gift
    assert names(aid[0]["target"]) == ["本贡·西哈冯"] and aid[0]["date"] == "2019-05-08", aid
def test_attending_the_handover_of_a_project_built_with_aid_is_that_aid() -> None:
    """``A和B一起出席了由X援建的…移交仪式``: one AID event, first-named A to B, no joint attendance."""
    from test_events import events_of, names

    evs = events_of("2023年12月13日,苏林和宋赛·西潘敦一起出席了由越南政府无偿援建的老挝国会大厦移交仪式。")
    assert [e["type"] for e in evs] == ["AID"], evs
    assert names(evs[0]["source"]) == ["苏林"]
    assert names(evs[0]["target"]) == ["宋赛·西潘敦"]


def test_leaders_at_an_aided_handover_with_no_handover_told_stand_for_the_gift() -> None:
    from test_events import events_of, names

    evs = events_of("2017年11月13日,中国国家主席习近平和越共中央总书记阮富仲一起出席了由中国政府无偿援建的越中友谊宫移交仪式。")
    assert [e["type"] for e in evs] == ["AID"]
    assert names(evs[0]["source"]) == ["习近平"]


def test_leaders_at_an_aided_handover_told_apart_hold_a_joint_event() -> None:
    from test_events import events_of, names

    evs = events_of(
        "2021年8月10日,阮春福和通伦·西苏里共同出席由越南政府无偿援建的老挝国会新大楼落成移交仪式。"
        "仪式上,越南建设部长阮青毅代表越南政府将大楼移交给老挝国会主席赛宋蓬·丰威汉。"
    )
    assert sorted(e["type"] for e in evs) == ["AID", "COOPERATE"]
    aid = next(e for e in evs if e["type"] == "AID")
    assert names(aid["source"]) == ["阮青毅"]
