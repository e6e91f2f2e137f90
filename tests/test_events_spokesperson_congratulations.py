"""A spokesperson's congratulation on an election is a statement to the side elected."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_spokesperson_congratulating_an_election_supports_the_side_elected() -> None:
    evs = events_of("2016年10月31日,越南外交部发言人黎海平在例行记者会上表示,越方对古巴当选联合国人权理事会成员表示祝贺。")
    ev = only(evs, "SUPPORT")
    assert ev["mode"] is None
    assert names(ev["source"]) == ["黎海平"] and names(ev["target"]) == ["古巴"]


def test_a_congratulation_voiced_in_a_meeting_is_no_statement() -> None:
    evs = events_of("2016年10月31日,阮春福会见了古巴外交部长布鲁诺·罗德里格斯。阮春福对古巴当选联合国人权理事会成员表示祝贺。")
    assert [e["mode"] for e in evs if e["type"] == "SUPPORT"] in ([], ["meeting"]), evs
