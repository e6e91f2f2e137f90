"""``越南大使馆`` written bare (no 驻 and host) is the Vietnamese embassy: the side that acts in a
joint event it holds with a local body, and not the country read inside its name."""

from __future__ import annotations

from dyad import extract, to_record


def test_bare_embassy_holds_a_joint_event_with_a_local_body() -> None:
    text = (
        "越南驻智利大使馆举行纪念活动\n\n越通社圣地亚哥——5月19日,越南大使馆同智利—越南文化院在首都圣地亚哥"
        "联合举行纪念活动。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]
    assert evs
    ev = evs[0]
    assert [m["name"] for m in ev["source"]] == ["越南大使馆"]
    assert ev["source"][0]["country"] == "VNM"
    assert [m["name"] for m in ev["target"]] == ["智利—越南文化院"]
