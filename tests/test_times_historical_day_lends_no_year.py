"""A historical day the page tells (为了纪念1791年5月3日宪法, the day a national day commemorates)
lends no year to the year-less day of the news: a day of the story is never dated to such a year.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def test_a_commemorated_day_of_1791_does_not_date_the_meeting() -> None:
    text = (
        "越波加强合作\n\n越通社河内——5月4日,越南外交部长陈文甲会见波兰驻越南大使扬·科瓦尔斯基。"
        "据悉,为了纪念1791年5月3日宪法,波兰将5月3日这一天定为国庆节。(完)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    assert evs and all(not (e["date"] or "").startswith("1791") for e in evs), evs


def test_a_recent_day_still_dates_the_meeting() -> None:
    text = (
        "越波加强合作\n\n越通社河内——5月4日,越南外交部长陈文甲会见波兰驻越南大使扬·科瓦尔斯基。"
        "两国于2023年5月3日签署了合作协议。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and evs[0]["date"] == "2023-05-04", evs
