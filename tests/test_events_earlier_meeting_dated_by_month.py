"""An earlier meeting of the same two people dated by its own year and month (``曾于2023年5月在广岛
同B会晤``) is a background event of its own (date null at month precision, as the annotators write
it), not the story's meeting told again; a landmark named in the sentence (a party congress) does
not set such a time apart."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

HEAD = "越南总理会见日本首相\n\n越通社东京——2024年11月15日,越南政府总理范明政在东京会见了日本首相石破茂。\n\n"


@pytest.mark.parametrize("body", ["范明政曾于2023年12月在东京同石破茂会晤。", "2023年12月,范明政在东京同石破茂举行会晤。"])
def test_earlier_meeting_by_month_is_its_own_event(body: str) -> None:
    events = to_record(extract(HEAD + body + "\n"))["events"]
    meetings = sorted((e["date_start"], e["date"]) for e in events if e["mode"] == "meeting")
    assert meetings == [("2023-12-01", None), ("2024-11-15", "2024-11-15")], events


def test_a_landmark_in_the_sentence_merges_as_before() -> None:
    body = "范明政此次会见是越共十四大之后越南领导人首次同日本首相会见。"
    events = to_record(extract(HEAD + body + "\n"))["events"]
    assert [e["date"] for e in events if e["mode"] == "meeting"] == ["2024-11-15"], events
