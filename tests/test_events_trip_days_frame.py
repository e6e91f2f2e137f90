"""``从9月25日至29日对老挝进行工作访问期间,…X同志和河内市代表团在万象会见了Y``: the frame tells the
trip with its days; when nothing else in the article reports it, it is the visit, by X (his own
delegation, joined by 同志和, stands for him)."""

from __future__ import annotations

from dyad import extract, to_record


def test_framed_trip_with_its_days_is_the_visit_of_the_leader() -> None:
    text = (
        "河内市委书记会见万象市委书记\n\n越通社万象——从9月25日至29日对老挝进行工作访问期间,9月25日下午,"
        "河内市委书记黎明山同志和河内市代表团在万象会见了万象市委书记宋赛同志。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    got = sorted((e["mode"], tuple(p["name"] for p in e["source"]), tuple(p["name"] for p in e["target"])) for e in evs)
    assert got == [("meeting", ("黎明山",), ("宋赛",)), ("visit", ("黎明山",), ("老挝",))], evs


def test_a_framed_trip_led_by_a_named_leader_is_his_visit_without_days() -> None:
    """``X率团对哈萨克斯坦进行工作访问期间,11月15日,…举行工作会议``: the frame is the only telling of
    the trip, so it is X's visit, though it gives no days."""
    text = (
        "北宁省与东哈萨克斯坦州加强合作\n\n越通社河内——胡志明市国家政治学院院长阮春胜率团对哈萨克斯坦进行工作访问期间,"
        "11月15日,北宁省委书记阮英俊与东哈萨克斯坦州州长阔谢尔巴耶夫举行工作会议。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [(tuple(p["name"] for p in e["source"]), e["target"][0]["country"]) for e in visits] == [
        (("阮春胜",), "KAZ")
    ], evs
