"""One visit to two countries whose leaders both invited (应A和B的邀请,…对X和Y进行正式访问)."""

from __future__ import annotations

from test_events import events_of, names, only, teaser_events


def test_a_visit_to_two_countries_has_both_inviters_as_hosts() -> None:
    evs = teaser_events(
        "越南国家主席将对芬兰和丹麦进行国事访问",
        "应芬兰总统绍利·尼尼斯托和丹麦首相梅特·弗雷泽里克森的邀请,越南国家主席阮春福将于2024年"
        "6月10日至14日对芬兰共和国和丹麦王国进行正式访问。",
    )
    ev = only(evs, "CONSULT", "visit")
    assert names(ev["source"]) == ["阮春福"]
    assert names(ev["target"]) == ["绍利·尼尼斯托", "梅特·弗雷泽里克森"]


def test_successive_legs_keep_each_country_its_own_host() -> None:
    evs = events_of(
        "应泰国总理赛塔·他威信和马来西亚总理安瓦尔·易卜拉欣的邀请,越南政府总理范明政于2024年3月1日至2日"
        "先后对泰国和马来西亚进行正式访问。"
    )
    visits = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "visit"]
    assert visits
    assert all(len(e["target"]) == 1 for e in visits)
