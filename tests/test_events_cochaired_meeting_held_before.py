"""``…联席会议在老挝首都万象举行。A和B共同主持会议``: the meeting co-chaired is the one told before, held
where that sentence says, so its guest (the side foreign to that place) leads, not the side named first."""

from __future__ import annotations

from test_events import events_of, names


def test_cochaired_meeting_takes_the_place_told_before() -> None:
    evs = events_of(
        "2023年5月12日,越老友好协会和老越友好协会第八届联席会议在老挝首都万象举行。"
        "老越友好协会主席坎平和越老友好协会主席阮文光共同主持会议。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and names(meetings[0]["source"]) == ["阮文光"], evs
    assert names(meetings[0]["target"]) == ["坎平"], evs
