"""A Lao name ending in 吞 (-thoune), written with its dot: the last syllable is part of the name.
Sentences written for this test."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_lao_name_ending_in_tun_thoune_keeps_its_last_syllable() -> None:
    evs = events_of("2024年5月3日,越南代表团拜会了老挝沙湾拿吉省省长宋赛·占派吞。")
    ev = only(evs, "CONSULT")
    assert names(ev["target"]) == ["宋赛·占派吞"], ev
