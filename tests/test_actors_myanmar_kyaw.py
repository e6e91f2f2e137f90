"""Burmese names written with 觉 (Kyaw) after an office are read as people (缅甸总统廷觉); Thai names
ending in 暖 (-nont) keep it (颂萨·革素拉暖). Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_two_character_burmese_name_after_an_office() -> None:
    got = people("8月25日,越共中央总书记黎文安会见缅甸总统廷觉。")
    assert "廷觉" in got and got["廷觉"].country == "MMR"


def test_burmese_inviter_before_yaoqing() -> None:
    got = people("应缅甸联邦共和国总统廷觉邀请,越南国家主席黎文安对缅甸进行国事访问。")
    assert "廷觉" in got


def test_thai_dot_name_ending_in_nuan() -> None:
    got = people("10月10日,越南国会主席黎文安会见了泰国下议院议长颂萨·革素拉暖。")
    assert "颂萨·革素拉暖" in got
