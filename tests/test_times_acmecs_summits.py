"""The ACMECS summits (``第N届伊洛瓦底江—湄南河—湄公河经济合作战略峰会``) are numbered meetings of
``recurring_meetings.tsv``: the one named dates a year-less day told with it."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理出席ACMECS峰会\n\n"
    "越通社河内——6月23日,越南政府总理黎文丙出席在缅甸内比都举行的第六届伊洛瓦底江-湄南河-湄公河"
    "经济合作战略峰会。(越通社——VNA)\n"
)


def test_sixth_acmecs_summit_dates_the_attendance() -> None:
    events = to_record(extract(PAGE))["events"]
    attended = [e for e in events if e["mode"] == "multilateral"]
    assert attended, events
    assert attended[0]["date"] == "2015-06-23", attended
