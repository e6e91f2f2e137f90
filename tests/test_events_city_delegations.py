"""A city delegation abroad and a governor in Hà Nội: the host city's government as an actor,
the call at one's own embassy kept apart from the trip, a facility toured that is no call."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "柏林") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def visits(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "visit"]


def test_city_government_inviter_is_the_visited_body() -> None:
    evs = main_events(
        "胡志明市代表团访问德国",
        "应柏林市政府的邀请,越共中央政治局委员、胡志明市委书记阮善仁率胡志明市代表团于2019年5月6日至9日"
        "对德国进行工作访问。",
    )
    (visit,) = visits(evs)
    assert [(p["name"], p["country"]) for p in visit["target"]] == [("柏林市政府", "DEU")]


def test_embassy_call_is_not_merged_into_the_trip_told_by_the_title() -> None:
    evs = main_events(
        "胡志明市委书记阮善仁率团访问德国 两市签署合作协议",
        "应柏林市政府的邀请,越共中央政治局委员、胡志明市委书记阮善仁率胡志明市代表团于2019年5月6日至9日"
        "对德国进行工作访问。\n\n5月8日,代表团造访越南驻德国大使馆,同越南驻德国大使阮明武举行工作会议。",
    )
    targets = sorted(p["name"] for e in visits(evs) for p in e["target"])
    assert "越南驻德国大使馆" in targets, evs
    embassy = next(e for e in visits(evs) if e["target"][0]["name"] == "越南驻德国大使馆")
    assert embassy["date"] == "2019-05-08"


def test_touring_a_control_centre_is_sightseeing_not_a_call() -> None:
    evs = main_events(
        "胡志明市代表团访问德国",
        "应柏林市政府的邀请,胡志明市委书记阮善仁率胡志明市代表团于2019年5月6日至9日对德国进行工作访问。"
        "\n\n访问期间,代表团还参观了柏林城市规划展览馆和柏林公交运营控制中心。",
    )
    assert len(visits(evs)) == 1, evs


def test_host_receiving_a_delegation_with_jiedai_is_a_meeting_between_the_two() -> None:
    evs = main_events(
        "岘港市领导会见韩国大邱市长",
        "2019年3月12日上午,岘港市人民委员会主席黄文战在市行政中心接待了韩国大邱广域市市长权泳臻一行。",
        dateline="岘港",
    )
    meetings = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert len(meetings) == 1, evs
    assert sorted(p["name"] for p in meetings[0]["source"] + meetings[0]["target"]) == ["权泳臻", "黄文战"]


def test_receiving_tourists_is_no_meeting() -> None:
    evs = main_events("岘港旅游业快速增长", "2019年岘港市共接待了来自韩国的旅游代表团游客120万人次。", dateline="岘港")
    assert not [e for e in evs if e["mode"] == "meeting"], evs


def test_visit_told_by_country_in_lead_and_by_city_in_body_is_one_visit() -> None:
    text = (
        "胡志明市领导会见日本大阪府知事\n\n"
        "2019年6月25日下午,胡志明市委书记阮善仁会见了正在越南进行工作访问的日本大阪府知事吉村洋文一行。\n\n"
        "越通社胡志明市——2019年6月25日下午,胡志明市委书记阮善仁在市委大楼会见了正在胡志明市进行工作访问的"
        "日本大阪府知事吉村洋文一行。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert len(visits(evs)) == 1, evs


def test_trip_to_a_country_and_a_later_day_in_one_of_its_cities_stay_two_visits() -> None:
    evs = main_events(
        "日本首相访问越南",
        "应越南政府总理阮春福的邀请,日本首相安倍晋三于2017年1月16日至17日对越南进行正式访问。"
        "\n\n2017年1月18日,安倍晋三前往胡志明市进行访问。",
        dateline="河内",
    )
    assert len(visits(evs)) == 2, evs
