"""A signing told as two sides putting their names on a document (A与B在会议纪要上签字) is a signing
by A and B; one said to come after it (双方在纪要上签字后将…, inside what someone says) stays none.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _agree(body: str) -> list[dict]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AGREE"]


def test_two_named_sides_sign_the_minutes() -> None:
    evs = _agree("越南工贸部副部长阮文平与莫桑比克外交部副部长若昂·席尔瓦(Joao Silva)在会议纪要上签字。")
    assert len(evs) == 1
    assert evs[0]["mode"] == "sign"
    assert [p["name"] for p in evs[0]["source"]] == ["阮文平"]
    assert [p["name"] for p in evs[0]["target"]] == ["若昂·席尔瓦"]


def test_a_signing_said_to_come_is_none() -> None:
    assert _agree("阮文平表示,双方在会议纪要上签字后将尽快落实。") == []
