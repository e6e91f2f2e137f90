"""Two meetings of one visitor whose other sides share a name only because the one holds the
other (``众议院`` of a US state read inside ``日本国会众议院议长``) but belong to different known
countries are two meetings, not one told twice: the later one is not folded into the earlier."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[tuple[str, ...]]:
    text = f"越南国会副主席访问美国\n\n越通社华盛顿——{body}(越通社-VNA)\n"
    return sorted(
        tuple(p["name"] for p in e["target"])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "meeting"
    )


def test_state_chamber_is_not_the_japanese_speaker() -> None:
    body = (
        "在纽约期间,越南国会副主席阮文丁还分别会见日本国会众议院议长、老挝国会副主席。"
        "对美国进行正式访问期间,阮文丁一行抵达美国俄亥俄州哥伦布市,会见俄亥俄州参议院、众议院领导,探访俄亥俄州立大学。"
    )
    meetings = _meetings(body)
    assert ("日本国会众议院议长",) in meetings
    assert any("众议院" in names and "日本国会众议院议长" not in names for names in meetings)
    assert len(meetings) == 3
