"""The Mekong-Republic of Korea summits (``第N届湄公河-韩国峰会``) are numbered meetings of
``recurring_meetings.tsv``: the one named dates a year-less day told with it."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理出席湄公河-韩国峰会\n\n"
    "越通社河内——第二届韩国-湄公河峰会11月13日以视频方式召开。越南政府总理黎文丙率团出席会议。"
    "(越通社——VNA)\n"
)


def test_second_mekong_korea_summit_dates_the_attendance() -> None:
    events = to_record(extract(PAGE))["events"]
    assert events, events
    assert events[0]["date"] == "2020-11-13", events
