"""Attending a foreign leader's inauguration, and congratulations passed on inside a courtesy call.
Sentences written for the test."""

from __future__ import annotations

from test_events import events_of, names, only


def test_envoy_attending_an_inauguration_is_a_support_visit() -> None:
    evs = events_of(
        "作为越南国家主席阮春福的特使,越南国家副主席武氏映春于2022年6月30日在马尼拉出席菲律宾总统小费迪南德·马科斯的就职典礼。"
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["武氏映春"]  # the sender of the envoy is no participant
    assert "小费迪南德·马科斯" in names(ev["target"])
    assert ev["date"] == "2022-06-30"


def test_congratulations_conveyed_in_a_courtesy_call_leave_it_a_meeting() -> None:
    evs = events_of(
        "2022年7月1日,越南国家副主席武氏映春在总统府礼节性拜会了菲律宾总统小费迪南德·马科斯,转达了阮春福的问候和祝贺。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["武氏映春"] and names(ev["target"]) == ["小费迪南德·马科斯"]
    assert not [e for e in evs if e["type"] == "SUPPORT"]


def test_a_visit_held_to_congratulate_stays_support() -> None:
    evs = events_of("2024年9月2日,老挝国会代表团到访越南驻老挝大使馆,祝贺越南国庆79周年。")
    assert [e for e in evs if e["type"] == "SUPPORT"]


def test_attending_an_enthronement_or_coronation_is_a_support_visit() -> None:
    evs = events_of("2023年5月6日,越南国家副主席武氏映春在伦敦出席英国国王查尔斯三世的加冕典礼。")
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["武氏映春"]


def test_the_leaders_sworn_in_are_the_targets_not_the_capital() -> None:
    evs = events_of(
        "2019年10月20日,越南国会副主席杜伯巳在雅加达出席印尼总统佐科·维多多和副总统马鲁夫·阿明宣誓就职仪式。"
    )
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["杜伯巳"]
    assert names(ev["target"]) == ["佐科·维多多", "马鲁夫·阿明"]


def test_envoy_told_after_the_name_without_de() -> None:
    evs = events_of("2019年10月22日,越南国会主席阮氏金银作为国家主席特使在东京出席日本天皇德仁即位礼正殿之仪。")
    ev = only(evs, "SUPPORT", "visit")
    assert names(ev["source"]) == ["阮氏金银"] and names(ev["target"]) == ["德仁"]
