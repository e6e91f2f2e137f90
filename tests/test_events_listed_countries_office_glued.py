"""``柬埔寨、美国和埃及外交部长向X致电表示慰问``: the unnamed ministers of every country listed
send; the last country, glued to its ministry word, is one side like the ones before it, not a
ministry standing alone. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def test_countries_listed_before_a_ministers_title_all_send() -> None:
    evs = events_of("2023年5月4日,智利、秘鲁和阿根廷外交部长向越南外交部长裴青山致电表示慰问。")
    (msg,) = [e for e in evs if e["type"] == "SUPPORT"]
    assert [p["country"] for p in msg["source"]] == ["CHL", "PER", "ARG"], evs
    assert [p["name"] for p in msg["target"]] == ["裴青山"], evs


def test_a_body_whose_name_holds_two_countries_stays() -> None:
    evs = events_of("2023年5月4日,越南与老挝国防部间合作委员会举行会议。")
    assert not [p for e in evs for p in e["source"] + e["target"] if p["name"] == "老挝"], evs
