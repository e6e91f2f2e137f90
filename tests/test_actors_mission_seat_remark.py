"""``越南驻文莱(馆址设在马来西亚)大使X``: the bracket says where a mission accredited to one
country sits; it is part of the office (the envoy stays Vietnamese) and names no place of the
event (the credentials are presented where the sentence says)."""

from __future__ import annotations

from dyad import extract, to_record


def test_seat_remark_inside_an_envoy_office() -> None:
    text = (
        "越南驻文莱大使递交国书\n\n越通社斯里巴加湾市——5月6日,越南驻文莱(馆址设在马来西亚)大使阮文明在文莱"
        "外交部总部向文莱苏丹哈桑纳尔·博尔基亚递交国书。(越通社——VNA)\n越通社\n"
    )
    (ev,) = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert [(p["name"], p["country"]) for p in ev["source"]] == [("阮文明", "VNM")]
    assert ev["location"] != "马来西亚"
