"""A congratulation voiced by a guest at a national-day reception stays in the reception."""

from __future__ import annotations

from test_events import events_of


def test_a_guests_congratulation_at_the_reception_is_no_event_of_its_own() -> None:
    evs = events_of(
        "9月28日在河内,古巴驻越南大使奥兰多举行了庆祝古巴国庆65周年招待会。越南外交部副部长阮明武出席了招待会。"
        "越南外交部副部长阮明武代表越南党、国家和人民向古巴党、政府和人民致以最诚挚的祝贺。"
    )
    supports = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(supports) == 1 and supports[0]["mode"] == "meeting", evs


def test_the_greeting_callers_bring_to_an_embassy_stays_in_their_call() -> None:
    evs = events_of(
        "9月1日,柬埔寨外交部、柬埔寨国会等柬埔寨中央机构来到越南驻金边大使馆表示祝贺。"
        "在友好的气氛中,柬埔寨中央机构领导向越南党、国家和人民致以诚挚的祝贺。",
    )
    assert not [e for e in evs if e["type"] == "SUPPORT" and e["mode"] is None], evs
