"""``老挝上月接受约300万剂疫苗``, ``X协会在9月30日之前接受捐款``: a receipt with no giver named and no
sum of money (goods counted, or nothing) is no gift from one side to another; one with its giver, or
with a sum of money, stays."""

from __future__ import annotations

from test_events import events_of


def test_doses_received_from_nobody_named_are_no_aid() -> None:
    evs = events_of("卫生部副部长阮文乙表示,2021年9月上旬,越南接受约800万剂疫苗。")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_donations_accepted_until_a_day_are_no_aid() -> None:
    evs = events_of("越南-智利友好协会在2023年9月30日之前接受捐款支持。")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_doses_received_from_a_named_giver_stay() -> None:
    evs = events_of("2021年9月5日,越南接收了日本政府援助的100万剂疫苗。")
    aids = [e for e in evs if e["type"] == "AID"]
    assert aids and aids[0]["source"], evs
