"""A company head received by a leader: escorts who sit in (陪同会见), a tour of the company's own
plants, a past state visit told as the start of a period (今年3月…访问以来), and a title that keeps
the host first. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record
from test_events import events_of, names, only


def test_escorts_sitting_in_hold_no_meeting_of_their_own() -> None:
    evs = events_of(
        "2019年5月6日下午,越南政府总理阮春福在河内会见了韩国乐天集团会长辛东彬。"
        "韩国驻越南大使金道铉和乐天越南公司总经理等陪同会见。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["辛东彬"]


def test_a_company_head_touring_his_own_plants_is_no_visit() -> None:
    evs = events_of(
        "2019年5月6日下午,越南政府总理阮春福在河内会见了韩国三星集团副会长李在镕。"
        "当天上午,李在镕一行前往北宁省考察了三星集团的手机生产工厂。"
    )
    assert not [e for e in evs if e["mode"] == "visit"]


def test_a_past_visit_told_as_the_start_of_a_period_is_a_background_visit() -> None:
    evs = events_of(
        "2019年5月6日下午,越南政府总理阮春福在河内会见了韩国外交部长康京和。"
        "阮春福表示,去年3月韩国总统文在寅对越南进行国事访问以来,两国关系取得新进展。"
    )
    ev = only(evs, "CONSULT", "visit")
    assert names(ev["source"]) == ["文在寅"] and ev["date"] is None


def test_a_visit_since_without_a_month_stays_no_event() -> None:
    evs = events_of(
        "2019年5月6日下午,越南政府总理阮春福在河内会见了韩国外交部长康京和。"
        "阮春福表示,韩国总统文在寅对越南进行国事访问以来,两国关系取得新进展。"
    )
    assert not [e for e in evs if e["mode"] == "visit"]


def test_title_with_the_host_first_yields_to_the_placed_body() -> None:
    text = (
        "越南政府总理阮春福会见韩国乐天集团会长辛东彬\n\n"
        "越通社河内——2019年5月6日下午,越南政府总理阮春福在河内政府总部会见了韩国乐天集团会长辛东彬。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["辛东彬"] and names(ev["target"]) == ["阮春福"]


def test_a_company_welcomed_to_set_up_at_home_does_not_place_the_meeting_there() -> None:
    """``访问期间,A会见了X公司总裁B,欢迎该公司在越南设立代表处``: the meeting is on A's trip abroad;
    where the company is welcomed to set up is not where it took place, so A stays the visitor."""
    evs = events_of(
        "应卡塔尔埃米尔的邀请,越南政府总理范明政于2023年10月30日至31日对卡塔尔进行正式访问。"
        "访问期间,范明政还会见了卡塔尔投资局首席执行官曼苏尔·马哈茂德,欢迎卡塔尔投资局在越南设立代表处。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["范明政"], evs
    assert names(ev["target"]) == ["曼苏尔·马哈茂德"]
    assert ev["location"] != "越南"
