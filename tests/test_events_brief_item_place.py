"""A news brief lists separate stories, each after a bullet ``·``: a trip told in one item is not
where the act of a later item took place (an aid announcement of the next item stays placeless)."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_trip_of_one_bulleted_item_does_not_place_the_next_items_aid() -> None:
    page = (
        "测试简讯2021.5.6\n\n越通社河内——·越南国会举行会议。\n\n"
        "·应秘鲁国会的邀请,越南国会副主席黎明海率团自5月2日至5月5日对秘鲁进行工作访问。\n\n"
        "·新西兰驻越南大使馆于5月5日发布消息称,援助资金达150万新西兰元的第三期合作计划于5月5日正式启动。"
        "(越通社——VNA)\n"
    )
    evs = to_record(extract(page))["events"]
    visit = next(e for e in evs if e["mode"] == "visit")
    aid = next(e for e in evs if e["type"] == "AID")
    assert visit["location"] == "秘鲁", visit
    assert aid["location"] is None, aid


def test_a_trip_told_in_an_unbulleted_story_still_places_its_aid() -> None:
    page = (
        "测试标题\n\n越通社利马——越南国会副主席黎明海5月2日至5月5日对秘鲁进行工作访问。\n\n"
        "访问期间,黎明海向秘鲁红十字会移交了价值5万美元的医疗物资。(越通社——VNA)\n"
    )
    evs = to_record(extract(page))["events"]
    aid = next(e for e in evs if e["type"] == "AID")
    assert aid["location"] is not None, aid
