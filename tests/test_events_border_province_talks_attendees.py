"""Talks between two provinces' delegations, the next sentence naming who attended for each:
the people hold the talks; a name holding a place (段玉林: 玉林) is still read when a list of
attendees goes on after it; meetings kept as a standing practice (定期会晤) are no meeting told.
Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, names, only


def test_attendees_named_next_hold_the_province_talks() -> None:
    evs = events_of(
        "2022年3月9日,越南河静省与老挝波里坎赛省边境代表团举行会谈。"
        "河静省人民委员会副主席陈玉林、波里坎赛省副省长Sone Phommachanh出席会谈。"
    )
    ev = only(evs, "CONSULT", "talks")
    assert sorted(names(ev["source"]) + names(ev["target"])) == ["Sone Phommachanh", "陈玉林"], ev


def test_standing_practice_of_meetings_is_no_meeting() -> None:
    evs = events_of(
        "2022年3月9日,越南外交部副部长黎氏秋姮与老挝外交部副部长宋赛·占派吞举行会谈。"
        "双方一致同意保持两国口岸机构定期和不定期会晤。"
    )
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1, evs
