"""Ministries written with 、 inside their name (越南文化、体育与旅游部) are one body, so the delegation
it sends is led by the person named after 在…率领下."""

from __future__ import annotations

from dyad import extract, to_record


def test_delegation_of_a_ministry_written_with_dun_is_led_by_its_head() -> None:
    body = "3月2日至6日,越南文化、体育与旅游部代表团在副部长阮文甲率领下访问老挝。"
    text = f"越南代表团访问老挝\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert [p["name"] for p in evs[0]["source"]] == ["阮文甲"], evs
