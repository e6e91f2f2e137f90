"""``两党总书记``: the pair word names the party chiefs among the inviters, not every inviter."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"老挝领导人访问越南\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_talks_of_the_two_party_chiefs_leave_out_the_second_inviter() -> None:
    evs = _main_events(
        "应越共中央总书记苏林和越南国家主席梁强的邀请,老挝人民革命党中央总书记、国家主席通伦·西苏里于2025年1月30日至31日"
        "对越南进行国事访问。1月30日上午,苏林在越共中央驻地为通伦·西苏里举行欢迎仪式,随后两党总书记举行会谈。"
    )
    talks = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "talks"]
    assert len(talks) == 1, evs
    sides = {p["name"] for p in talks[0]["source"] + talks[0]["target"]}
    assert sides == {"苏林", "通伦·西苏里"}
