"""A finished year's results told early in the next year (``2月10日,…介绍越南在2023年取得的突出成就``)
place the day in the year after, when the terms of the people named allow it."""

from __future__ import annotations

from dyad import extract, to_record


def test_results_of_a_year_date_the_day_in_the_next_year() -> None:
    body = (
        "2月10日,越南政府总理范明政在河内会见老挝驻越南大使。\n\n"
        "范明政向老挝大使介绍越南在2023年取得的突出成就,并希望两国加强合作。"
    )
    text = f"范明政会见老挝大使\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] == "2024-02-10", evs


def test_envoy_to_china_still_in_office_early_2019() -> None:
    body = (
        "1月10日,越南驻华大使邓明魁在北京会见中国外交部副部长孔铉佑。\n\n"
        "邓明魁向孔铉佑介绍越南在2018年取得的经济成就。"
    )
    text = f"越南驻华大使会见中国企业代表\n\n{body}\n\n越通社北京——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] == "2019-01-10", evs
