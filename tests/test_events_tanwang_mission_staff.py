"""A leader who 探望 his own mission's staff (探望越南驻甲国大使馆工作人员) meets them like 看望 the
staff: a CONSULT meeting with the mission, not a SUPPORT visit of sympathy; 探望 a person stays a
SUPPORT visit. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str]]]:
    text = f"越南总理访问中国\n\n越通社北京——{body}(越通社——VNA)\n越通社\n"
    return [(e["type"], e["mode"], [p["name"] for p in e["target"]]) for e in to_record(extract(text))["events"]]


def test_tanwang_mission_staff_is_a_meeting() -> None:
    evs = _events("9月12日,阮文甲在北京会见中国国家主席习近平。阮文甲还探望越南驻华大使馆工作人员。")
    assert ("CONSULT", "meeting", ["越南驻华大使馆"]) in evs
    assert not any(t == "SUPPORT" for t, _, _ in evs)


def test_tanwang_a_person_stays_support() -> None:
    evs = _events("9月12日,越南国会主席阮文甲前往医院探望中国驻越南大使李明。")
    assert any(t == "SUPPORT" and m == "visit" for t, m, _ in evs)
