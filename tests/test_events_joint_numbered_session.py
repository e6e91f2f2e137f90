"""Two sides who 联合/共同举行第N次会议 (a numbered session of their joint committee) hold a meeting:
CONSULT, like 举行…合作会议, not a joint event such as a festival they co-host."""

from __future__ import annotations

from test_events import events_of


def test_jointly_held_numbered_session_is_a_meeting() -> None:
    evs = events_of("2019年3月4日,老挝政府边界委员会与柬埔寨政府边界委员会在万象联合举行第九次会议。")
    assert [e["type"] for e in evs] == ["CONSULT"] and evs[0]["mode"] == "meeting", evs


def test_a_jointly_held_festival_stays_a_joint_event() -> None:
    evs = events_of("2019年2月1日,老挝驻越南大使馆与越老友好协会在河内联合举行新春联欢会。")
    assert [e["type"] for e in evs] == ["COOPERATE"], evs
