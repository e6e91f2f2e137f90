"""``请大使馆转交X给Y的唁信``: X's letter to Y, whoever carries it."""

from __future__ import annotations

from test_events import events_of, names


def test_a_condolence_letter_handed_over_goes_from_its_writer_to_its_addressee() -> None:
    evs = events_of(
        "2030年7月21日,泰国国王玛哈·哇集拉隆功的特派员前往越南驻泰国大使馆,请大使馆转交泰国国王玛哈·哇集拉隆功给越南国家主席苏林的唁信。"
    )
    sent = [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"]
    assert sent and names(sent[0]["source"]) == ["玛哈·哇集拉隆功"] and names(sent[0]["target"]) == ["苏林"], evs
