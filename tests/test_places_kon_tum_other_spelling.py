"""崑嵩 (崑 for 昆), the other written form of Kon Tum, is a place of Vietnam: a signing said to be
held in 崑嵩市 is placed there, not in the dateline city."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南一省与老挝一省签署合作备忘录\n\n"
    "越通社河内——3月5日下午,越南昆嵩省与老挝阿速坡省在崑嵩市共同签署了合作谅解备忘录。"
    "(越通社——VNA)\n"
)


def test_kon_tum_other_spelling_places_the_signing() -> None:
    events = to_record(extract(PAGE))["events"]
    sign = [e for e in events if e["mode"] == "sign"]
    assert sign, events
    assert sign[0]["location"] == "崑嵩市", sign
    assert sign[0]["location_country"] == "VNM", sign
