"""``越南大学生`` are students, not a university called 越南大学: a body's name ends at 大学,
never inside 大学生."""

from __future__ import annotations

from test_events import events_of


def test_students_are_no_university() -> None:
    evs = events_of("4月2日,越南驻韩国大使阮文强走访釜山外国语大学,会见该校领导和正在该校学习的越南大学生。")
    names = [p["name"] for e in evs for p in e["source"] + e["target"]]
    assert "越南大学" not in names, evs
    assert any(n.endswith("釜山外国语大学") for n in names), evs
