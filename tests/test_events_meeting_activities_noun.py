"""``会见活动`` and ``会面交流活动`` name a kind of exchange (``两国青年友好会见活动``), not a meeting held."""

from __future__ import annotations

from dyad import extract, to_record
from test_events import events_of


def test_youth_meeting_activities_are_no_meeting() -> None:
    evs = events_of(
        "9日上午,越南祖国阵线中央委员会主席黄文明与老挝建国阵线中央委员会主席坎潘举行视频会见。"
        "此外,坎潘还认为,双方已扩大妇女交流和两国青年友好会见活动,继续巩固传统友谊。"
    )
    assert [e for e in evs if e["mode"] == "video"], evs
    assert not [e for e in evs if e["mode"] == "meeting"], evs


def _main(body: str) -> list[dict]:
    text = f"友好协会举行大会\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_meeting_exchange_activities_are_no_meeting() -> None:
    """``A与B之间的会面交流活动已为…作出贡献``: 会面交流活动 is a noun too (event_triggers v57)."""
    body = "多年来,岘港市越韩友好协会与韩国各地的友好组织以及韩国代表团之间的会面交流活动已为双方合作作出积极贡献。"
    assert _main(body) == []


def test_a_meeting_told_with_huimian_is_still_a_meeting() -> None:
    body = "5月4日,岘港市越韩友好协会主席黎文安与韩国大邱市代表团团长朴正浩会面。"
    events = _main(body)
    assert [(e["type"], e["mode"]) for e in events] == [("CONSULT", "meeting")], events
