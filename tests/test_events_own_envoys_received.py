"""A leader receiving his own country's envoys abroad (会见…越南驻各国大使和首席代表) meets them as
a body: a CONSULT meeting with the envoys, not with his own country (then dropped as no second
side). A leader meeting another country's envoy is unchanged. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None, list[str], list[str | None]]]:
    text = f"越南外交工作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [
        (e["type"], e["mode"], [p["name"] for p in e["target"]], [p["country"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
    ]


def test_leader_receives_own_envoys_home_for_a_conference() -> None:
    evs = _events("12月5日在河内,国家主席阮文甲会见了回国出席第30次外交会议的越南驻各国大使和首席代表。阮文甲强调,外交工作十分重要。")
    assert ("CONSULT", "meeting", ["越南驻各国大使和首席代表"], ["VNM"]) in evs


def test_term_before_the_envoys_is_not_their_name() -> None:
    evs = _events("11月6日上午在国防部总部,国防部副部长阮文乙会见即将履新的2021-2024年任期越南驻外大使和代表机构首席代表。")
    assert ("CONSULT", "meeting", ["越南驻外大使和代表机构首席代表"], ["VNM"]) in evs


def test_meeting_a_foreign_envoy_is_unchanged() -> None:
    evs = _events("3月9日下午,越南政府总理阮文丙在河内会见了甲国驻越南大使何塞·马丁。")
    assert not any(t == "CONSULT" and "越南驻" in "".join(n) for t, _, n, _ in evs)
