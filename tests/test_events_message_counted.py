"""Real-page audit (h91): ``A向B发了一份贺电`` (the message told with its count) is a message from A to B,
like ``发贺电``."""

from __future__ import annotations

from dyad import extract, to_record


def test_counted_congratulation_message() -> None:
    rec = to_record(
        extract(
            "越南领导人致电祝贺\n\n越通社河内——9月2日,越南国家主席阮明强向古巴国家主席米格尔·迪亚斯-卡内尔发了一份贺电,"
            "祝贺古巴国庆。\n"
        )
    )
    msgs = [e for e in rec["events"] if e["mode"] == "message"]
    assert any(
        [m["name"] for m in e["source"]] == ["阮明强"] and [m["name"] for m in e["target"]] == ["米格尔·迪亚斯-卡内尔"]
        for e in msgs
    ), msgs
