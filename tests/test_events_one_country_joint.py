"""Two bodies of one country holding an event together (a domestic ceremony for a foreign national
day) are no interaction between two sides; a joint event with a foreign body stays."""

from __future__ import annotations

from test_events import events_of


def test_two_home_bodies_celebrating_together_is_no_event() -> None:
    evs = events_of(
        "河内市友好组织联合会9月28日同河内市越中友好协会联合举行活动,庆祝中华人民共和国成立75周年(1949年10月1日-2024年10月1日)。"
    )
    assert [e for e in evs if e["type"] == "COOPERATE"] == []


def test_a_home_body_with_a_foreign_one_stays() -> None:
    evs = events_of("河内市友好组织联合会9月28日同中国驻越南大使馆联合举行活动,庆祝两国建交75周年。")
    assert [e["type"] for e in evs if e["type"] == "COOPERATE"] == ["COOPERATE"]
