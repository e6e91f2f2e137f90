"""``越通社河内——…越南驻大阪总领事馆与X联合举行…``: a joint event a mission abroad holds is held
where the mission is, not in the dateline's city at home; with no place written it has none."""

from __future__ import annotations

from dyad import extract, to_record


def _joint(body: str, dateline: str = "河内") -> list[dict]:
    text = f"纪念活动在国外举行\n\n越通社{dateline}——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]


def test_mission_abroad_joint_event_is_not_at_the_dateline() -> None:
    events = _joint("5月19日,越南驻福冈总领事馆与日本九州越南友好协会联合举行纪念活动。")
    assert [e["location"] for e in events] == [None], events


def test_joint_event_at_home_keeps_the_dateline() -> None:
    events = _joint("5月19日,越南友好组织联合会与日本驻越南大使馆联合举行纪念活动。")
    assert [e["location"] for e in events] == ["河内"], events
