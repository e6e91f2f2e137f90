"""A condolence letter or note (唁信, 唁函) is a message from its sender to its addressee, as 唁电 is."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_condolence_letter_is_a_message() -> None:
    evs = events_of("2024年7月20日,新西兰总理卢克森向越南政府总理范明政致唁信,表示深切哀悼。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["卢克森"] and names(ev["target"]) == ["范明政"]


def test_a_condolence_note_is_a_message() -> None:
    evs = events_of("2024年7月21日,智利总统博里奇向越南国家主席苏林致唁函。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["博里奇"] and names(ev["target"]) == ["苏林"]
