"""``会见来访的老挝—越南友好协会执行委员会代表团``: a name joined by a dash can be read twice (the
association, and ``—越南…代表团`` cut after the dash); one stretch of text is one participant."""

from __future__ import annotations

from test_events import events_of


def test_a_dash_joined_association_is_one_visitor() -> None:
    evs = events_of("2022年6月3日在主席府,越南国家副主席武氏映春会见来访的柬埔寨—越南友好协会执行委员会代表团。")
    meets = [e for e in evs if e["type"] == "CONSULT"]
    assert meets, evs
    sides = [p["name"] for e in meets for p in e["source"] + e["target"]]
    assert not any(n.startswith("—") for n in sides), meets
    assert len(meets[0]["source"]) == 1, meets
