"""Aid pledged at talks: a gift recalled with its day, a pledge told with 将于本月内, an agency as channel."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越韩外长举行视频会议") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


BODY = (
    "9月3日上午,越南外交部长裴青山在河内同韩国外交部长郑义溶举行视频会议。今年是越韩建交29周年。\n\n"
    "裴青山感谢韩方的帮助。今年8月20日,韩国政府向越南无偿提供的50万剂疫苗运抵胡志明市。\n\n"
    "郑义溶宣布,韩国将于本月内再向越南无偿提供30万剂疫苗,并通过韩国国际协力团(KOICA)向越南提供价值200万美元的医疗物资。"
)


def test_a_pledge_to_give_within_the_month_is_dated_by_the_talks_not_the_gift_recalled() -> None:
    aids = sorted((e for e in events_of(BODY) if e["type"] == "AID"), key=lambda e: e["evidence"]["start"])
    assert [e["date"] for e in aids] == ["2021-08-20", "2021-09-03"]
    pledge = aids[1]
    assert pledge["mode"] == "pledge"
    assert [p["name"] for p in pledge["source"]] == ["郑义溶"]
    assert pledge["amount"]["value"] == 2000000 and pledge["amount"]["currency"] == "USD"


def test_a_day_of_this_year_opening_a_later_sentence_is_no_anchor_for_this_month() -> None:
    evs = events_of(BODY)
    pledge = next(e for e in evs if e["type"] == "AID" and e["mode"] == "pledge")
    assert pledge["date"] == "2021-09-03"
    assert len([e for e in evs if e["type"] == "AID"]) == 2  # the agency's part is the same pledge


def test_a_dated_first_trip_abroad_that_chose_a_country_is_a_visit_there() -> None:
    evs = events_of("9月3日上午,越南外交部长裴青山同韩国外交部长郑义溶举行视频会议。2017年11月,韩国总统文在寅就任后首次出访选择越南。")
    visit = next(e for e in evs if e["mode"] == "visit")
    assert [p["name"] for p in visit["source"]] == ["文在寅"] and [p["name"] for p in visit["target"]] == ["越南"]
    undated = events_of("9月3日上午,越南外交部长裴青山同韩国外交部长郑义溶举行视频会议。韩国总统文在寅就任后首访选择越南。")
    assert not [e for e in undated if e["mode"] == "visit"]  # a background visit is coded only when dated


def test_a_donation_to_a_fund_with_its_sum_is_aid() -> None:
    evs = events_of("11月12日,越南外交部长裴青山同韩国外交部长郑义溶举行视频会议。越南政府已向东盟应对新冠肺炎疫情基金捐款10万美元。")
    aid = next(e for e in evs if e["type"] == "AID")
    assert [p["name"] for p in aid["source"]] == ["越南政府"]
    assert aid["amount"]["value"] == 100000 and aid["amount"]["currency"] == "USD"
