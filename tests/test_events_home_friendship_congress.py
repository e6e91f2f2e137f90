"""Vietnamese leaders attending the congress of a Vietnamese friendship association (越X友好协会…代表大会)
attend a domestic ceremony, no multilateral event; the congress of the other country's association
(X越友好协会) still counts."""

from __future__ import annotations

from test_events import events_of


def test_leaders_at_a_home_friendship_association_congress_is_no_event() -> None:
    evs = events_of("越南国会副主席阮文丙、外交部副部长黎氏丁等出席越蒙友好协会第四次全国代表大会。")
    assert [e for e in evs if e["type"] == "CONSULT"] == []


def test_leaders_at_a_provincial_home_friendship_association_congress_is_no_event() -> None:
    evs = events_of("海阳省人民委员会副主席阮文丁出席海阳省越古友好协会第二次代表大会。")
    assert [e for e in evs if e["type"] == "CONSULT"] == []
