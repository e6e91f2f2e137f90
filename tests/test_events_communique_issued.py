"""``X与Y于…发布联合公报``: a joint communique issued (发布) is agreed, as one 发表."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_communique_issued_is_agreed() -> None:
    text = (
        "越老友好协会加强合作\n\n越通社万象——越南-老挝友好协会与老挝-越南友好协会5月6日在万象发布联合公报,"
        "旨在加强两国传统友谊。(越通社-VNA)\n越通社\n"
    )
    events = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert [e["type"] for e in events] == ["AGREE"]
