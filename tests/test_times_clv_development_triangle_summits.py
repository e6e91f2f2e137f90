"""The Cambodia-Laos-Viet Nam Development Triangle summits (``第N次柬老越发展三角区合作高级会议``) are
numbered meetings of ``recurring_meetings.tsv``: the one named dates a year-less day told with it."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理出席柬老越发展三角区峰会\n\n"
    "越通社河内——3月31日,越南政府总理黎文丙出席在河内召开的第10次柬老越发展三角区合作高级会议"
    "并发表讲话。(越通社——VNA)\n"
)


def test_tenth_clv_summit_dates_the_attendance() -> None:
    events = to_record(extract(PAGE))["events"]
    assert events, events
    assert events[0]["date"] == "2018-03-31", events
