"""An envoy posted to a country who goes to one of its offices to hand over a gift (由驻X大使A率领的
代表团前往X某部总部移交…) makes no visit to X; the handover is the event. A visiting minister's trip
that hands over a gift keeps its visit. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    return to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))["events"]


def test_resident_envoy_handing_over_makes_no_visit() -> None:
    evs = _events(
        "10月5日下午,由越南驻柬埔寨大使阮文平率领的代表团前往柬埔寨社会福利部总部移交由旅柬越南人社群筹集的捐款,"
        "为柬埔寨洪水灾民提供援助。"
    )
    assert [e["type"] for e in evs] == ["AID"]
    assert evs[0]["source"][0]["name"] == "阮文平"


def test_a_visiting_minister_keeps_the_visit() -> None:
    evs = _events("10月5日下午,越南外交部副部长阮文平率领的代表团前往柬埔寨社会福利部总部移交捐款,为柬埔寨洪水灾民提供援助。")
    assert sorted(e["type"] for e in evs) == ["AID", "CONSULT"]
