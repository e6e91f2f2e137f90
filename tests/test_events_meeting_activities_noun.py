"""``会见活动`` names a kind of exchange (``两国青年友好会见活动``), not a meeting held."""

from __future__ import annotations

from test_events import events_of


def test_youth_meeting_activities_are_no_meeting() -> None:
    evs = events_of(
        "9日上午,越南祖国阵线中央委员会主席黄文明与老挝建国阵线中央委员会主席坎潘举行视频会见。"
        "此外,坎潘还认为,双方已扩大妇女交流和两国青年友好会见活动,继续巩固传统友谊。"
    )
    assert [e for e in evs if e["mode"] == "video"], evs
    assert not [e for e in evs if e["mode"] == "meeting"], evs
