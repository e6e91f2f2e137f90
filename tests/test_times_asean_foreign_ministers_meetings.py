"""The ASEAN Foreign Ministers' Meetings 44-49 (2011-2016) date a year-less day told beside them."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_meeting_on_the_sidelines_of_the_47th_amm_is_dated_2014() -> None:
    body = "在出席第47届东盟外长会议期间,8月9日,越南外交部副部长黎明会见了日本外务副大臣山田太郎。"
    text = f"越南外交部副部长会见日本外务副大臣\n\n{body}\n\n越通社内比都——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and evs[0]["date"] == "2014-08-09", evs


def test_the_49th_amm_dates_a_day_in_2016() -> None:
    body = "在出席第49届东盟外长会议期间,7月25日,越南外交部副部长黎明会见了日本外务副大臣山田太郎。"
    text = f"越南外交部副部长会见日本外务副大臣\n\n{body}\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and evs[0]["date"] == "2016-07-25", evs
