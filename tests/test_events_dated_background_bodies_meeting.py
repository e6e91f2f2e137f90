"""A meeting dated only by the year or month written in its own sentence (``2024年3月,A党中央政治局与
B党中央政治局高级会晤…``) is told back: its sides stay the bodies that held it, not the party leader
the article names today for a message sent now."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南领导人致信祝贺老挝新年\n\n"
    "越通社河内——值此老挝传统新年来临之际,越共中央总书记陈文丁向老挝人民革命党中央总书记坎温·本玛致贺信。\n\n"
    "关于两国关系,越南领导人相信,2024年3月,越共中央政治局与老挝人民革命党中央政治局高级会晤所取得的"
    "积极结果将由双方实施。(越通社——VNA)\n"
)


def test_dated_background_meeting_keeps_the_bodies() -> None:
    events = to_record(extract(PAGE))["events"]
    meetings = [e for e in events if e["mode"] == "meeting" and e["section"] == "main"]
    assert meetings, events
    names = {m["name"] for e in meetings for m in e["source"] + e["target"]}
    assert "坎温·本玛" not in names, meetings
    assert any("人民革命党" in m["name"] for e in meetings for m in e["target"]), meetings
