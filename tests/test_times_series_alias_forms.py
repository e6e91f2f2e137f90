"""Numbered meetings of series already in ``recurring_meetings.tsv`` written in the other forms the
agency uses (the Latin short name GCC, a hyphen for the dash, 古共, 美国朝鲜领导人, 联合国气候变化大会
…缔约方会议, 东盟外长及系列相关会议): a year-less day told with one of them is dated by the meeting."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("5月27日,越南总理阮文甲在出席第二届东盟—GCC峰会期间会见了卡塔尔埃米尔。", "2025-05-27"),
        ("5月27日,越南总理阮文甲在出席第二届东盟-海湾合作委员会峰会期间会见了卡塔尔埃米尔。", "2025-05-27"),
        ("4月17日,越南共产党代表团团长陈文乙在出席古共第8次全国代表大会期间会见了老挝代表团团长。", "2021-04-17"),
        ("11月2日,越南总理阮文甲在出席联合国气候变化大会第26次缔约方会议期间会见了英国首相。", "2021-11-02"),
        ("8月3日,越南外长黎文丙在出席第54届东盟外长及系列相关会议期间会见了日本外相。", "2021-08-03"),
    ],
)
def test_other_forms_of_a_listed_series_fix_the_year(body: str, date: str) -> None:
    rec = to_record(extract(f"领导人会见外国领导人\n\n越通社河内——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == [date], rec["events"]


def test_us_dprk_summit_written_with_both_country_names() -> None:
    rec = to_record(
        extract("越南主席会见外国记者\n\n越通社河内——2月26日,越南国家主席阮文甲会见了赴越采访美国朝鲜领导人第二次会晤的日本记者团。\n")
    )
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT"]
    assert dated == ["2019-02-26"], rec["events"]
