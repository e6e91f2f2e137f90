"""The Viet Nam-Laos Intergovernmental Committee meetings 45 (January 2023) and 46 (January 2024) are
in recurring_meetings.tsv: a year-less day told with the meeting's number is dated by it.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(text: str) -> list[dict]:
    return to_record(extract(text))["events"]


def test_forty_fifth_meeting_dates_talks_in_its_year() -> None:
    evs = _events(
        "两国总理举行会谈\n\n越通社万象——1月10日,在欢迎仪式结束后,越南政府总理范明政与老挝政府总理宋赛·西潘敦"
        "举行会谈。\n\n宋赛·西潘敦欢迎范明政访问老挝并共同主持越老政府间合作委员会第45次会议。(越通社-VNA)\n"
    )
    talks = [e for e in evs if e["mode"] in {"talks", "meeting"} and (e["date"] or "").endswith("01-10")]
    assert talks and all(e["date"] == "2023-01-10" for e in talks), evs


def test_forty_sixth_meeting_written_with_joint() -> None:
    evs = _events(
        "两国总理共同主持会议\n\n越通社河内——1月6日上午,越南政府总理范明政与老挝政府总理宋赛·西潘敦在河内共同主持"
        "越老政府间联合委员会第46次会议。(越通社-VNA)\n"
    )
    met = [e for e in evs if e["section"] == "main"]
    assert met and met[0]["date"] == "2024-01-06", evs
