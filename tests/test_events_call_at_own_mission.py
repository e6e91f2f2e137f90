"""A delegation that 探望 a mission itself (探望越南驻甲国大使馆, not its staff) calls at it like 造访
or 走访: CONSULT visit, not a SUPPORT visit of sympathy; 探望 a person stays a SUPPORT visit.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str]]]:
    text = f"甲越友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [
        (e["type"], e["mode"], [p["name"] for p in e["target"]]) for e in to_record(extract(text))["events"]
    ]


def test_call_at_a_mission_is_a_visit() -> None:
    evs = _events("8月5日,越南代表团访问甲国。此外,越南代表团还探望越南驻甲国大使馆,出席越南国庆纪念典礼。")
    assert ("CONSULT", "visit", ["越南驻甲国大使馆"]) in evs
    assert not any(t == "SUPPORT" for t, _, _ in evs)


def test_call_on_a_person_stays_support() -> None:
    evs = _events("9月12日,越南国会主席阮文甲前往医院探望甲国驻越南大使何塞·马丁。")
    assert any(t == "SUPPORT" and m == "visit" for t, m, _ in evs)
