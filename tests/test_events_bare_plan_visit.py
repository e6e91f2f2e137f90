"""A trip planned with no time (``A国领导人有计划访问B国``) is not a visit the page tells; one
planned for a written day still is."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南与文莱关系良好发展\n\n"
    "越通社河内——文莱外交部长阿卜杜勒·拉赫曼于4月2日在河内会见越南外交部长陈文戊。\n\n"
    "{}(越通社——VNA)\n"
)


def _visits(body: str) -> list[dict]:
    events = to_record(extract(PAGE.format(body)))["events"]
    return [e for e in events if e["mode"] == "visit" and "计划" in e["evidence"]["text"]]


def test_a_trip_planned_with_no_time_is_no_visit() -> None:
    assert _visits("越南领导人有计划访问文莱,从而推动两国关系。") == []


def test_a_trip_planned_for_a_day_is_a_visit() -> None:
    assert _visits("越南国家主席黎文丙计划于5月6日访问文莱。")
