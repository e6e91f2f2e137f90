"""``自第五次会议于2015年11月在广东召开以来``: the month of an earlier event the story counts from
is background, not the year of the story's day."""

from __future__ import annotations

from dyad import extract, to_record


def test_month_of_an_earlier_meeting_counted_from_does_not_date_the_story() -> None:
    text = (
        "越南外交部与泰国清迈府第六次合作会议在河内召开\n\n越通社河内——7月19日,越南外交部副部长阮文安和泰国清迈府副府尹"
        "巴颂共同主持越南外交部与泰国清迈府第六次合作会议。会上,双方对自第五次会议于2015年11月在清迈召开以来"
        "双方的合作情况进行评估。(越通社——VNA)\n越通社\n"
    )
    dates = [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert dates and "2015-07-19" not in dates
