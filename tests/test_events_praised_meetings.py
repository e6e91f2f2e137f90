"""Praise for meetings held (``两位部长高度评价两国各级代表团的会晤``) is no meeting of its own; the call
the page reports stays the one event."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越老两国外长通电话") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_praised_meetings_are_no_meeting() -> None:
    body = (
        "5月6日,越南外交部长黎明与老挝外交部长宋萨通电话。\n\n"
        "两位部长高度评价两国各级代表团的会晤,认为双边合作取得新进展。"
    )
    assert [e["mode"] for e in events_of(body)] == ["phone"]
