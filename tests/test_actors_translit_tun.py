"""A Lao name ending in 屯 (Thoune/Thone), written with its dot: the last syllable is part of the name."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_lao_name_ending_in_tun_keeps_its_last_syllable() -> None:
    evs = events_of("2024年8月29日下午,越南外交部副部长陈光明与老挝外交部副部长宋·占巴屯共同主持召开磋商。")
    ev = only(evs, "CONSULT")
    assert names(ev["target"]) == ["宋·占巴屯"], ev
