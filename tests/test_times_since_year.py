"""A year a practice runs since (2005年起,…每隔两年举行) dates nothing the story tells."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_year_since_which_a_meeting_recurs_does_not_date_the_day() -> None:
    doc = page(
        "越法地方合作会议在里昂举行",
        ["4月1日,越法地方合作会议在法国里昂市举行。2005年起,该会议每两年轮流在越南和法国举行。"],
    )
    assert tv(doc, "4月1日").value != "2005-04-01"


def test_a_plain_year_of_the_story_still_dates_the_day() -> None:
    doc = page(
        "越法地方合作会议在里昂举行",
        ["4月1日,越法地方合作会议在法国里昂市举行。2005年,该会议首次在越南举行。"],
    )
    assert tv(doc, "4月1日").value is not None
