"""Setting out for a numbered meeting of ``recurring_meetings.tsv`` on a day shortly before it opens
(``9月4日…启程前往奥地利出席…第五次世界议长大会``) is attending it on the meeting's days, not on
the day of travel; a time told that reaches into the meeting (a trip's days) is kept."""

from __future__ import annotations

from dyad import extract, to_record


def _attended(lead: str) -> dict:
    page = f"越南国会代表团出席世界议长大会\n\n越通社河内——{lead}(越通社——VNA)\n"
    events = [e for e in to_record(extract(page))["events"] if e["mode"] == "multilateral"]
    assert events, events
    return events[0]


def test_setting_out_days_before_takes_the_meetings_days() -> None:
    e = _attended("9月4日上午,越南国会副主席陈文明率领越南国会代表团离开河内,启程前往奥地利出席在维也纳举行的第五次世界议长大会。")
    assert e["date"] == "2021-09-07/2021-09-08", e


def test_trip_days_reaching_into_the_meeting_are_kept() -> None:
    e = _attended("越南国会副主席陈文明于9月6日至9日率团赴奥地利出席在维也纳举行的第五次世界议长大会。")
    assert e["date"] == "2021-09-06/2021-09-09", e
