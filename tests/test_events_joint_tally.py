"""``双方联合举行许多…活动``: a tally of joint events over the years, no joint event of its own."""

from __future__ import annotations

from test_events import events_of


def test_many_jointly_held_activities_are_no_event() -> None:
    evs = events_of(
        "2030年9月6日,越南国防部长潘文江会见老挝国防部长占沙蒙·占雅拉。双方联合举行许多切合实际的活动,加强两国青年交流。"
    )
    assert not [e for e in evs if e["type"] == "COOPERATE"], evs


def test_one_jointly_held_event_stays() -> None:
    evs = events_of("2030年9月6日,越南驻老挝大使馆与老挝外交部联合举行越老建交68周年纪念活动。")
    assert [e for e in evs if e["type"] == "COOPERATE"], evs
