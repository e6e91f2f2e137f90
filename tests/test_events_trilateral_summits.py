"""Leaders of three or more countries attending a summit together: an attendance, not a joint event."""

from __future__ import annotations

from dyad import extract, to_record


def events_of(body: str) -> list[dict]:
    text = f"越南加强对外合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_three_prime_ministers_attend_a_summit_together() -> None:
    body = "2025年6月3日,越南、老挝和柬埔寨三国总理在万象共同出席了柬老越发展三角区合作第十二次峰会。"
    evs = [e for e in events_of(body) if e["mode"] == "multilateral"]
    assert len(evs) == 1, events_of(body)
    assert evs[0]["type"] == "CONSULT" and evs[0]["date"] == "2025-06-03"
    assert any("峰会" in t["name"] for t in evs[0]["target"])
    assert not [e for e in events_of(body) if e["type"] == "COOPERATE"]


def test_two_prime_ministers_attending_a_forum_together_stay_a_joint_event() -> None:
    body = "2025年6月3日,越南政府总理范明政与老挝总理宋赛·西潘敦在河内共同出席了越老投资合作会议。"
    assert [e["type"] for e in events_of(body)] == ["COOPERATE"]
