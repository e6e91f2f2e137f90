"""苏联 (the Soviet Union) is a country side, read under Russia, its successor: a background
signing it made with Viet Nam names both sides."""

from __future__ import annotations

from dyad import extract, to_record


def test_soviet_union_signs_with_viet_nam() -> None:
    text = "越俄关系回顾\n\n越通社莫斯科——1978年,苏联与越南签署了《友好与合作条约》。(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert evs
    assert [(m["name"], m["country"]) for m in evs[0]["source"]] == [("苏联", "RUS")]
    assert [(m["name"], m["country"]) for m in evs[0]["target"]] == [("越南", "VNM")]
