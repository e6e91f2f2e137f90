"""Israel's prime ministers and presidents have terms in tenure.tsv: an undated day of a page that
names one with his office takes the year the terms leave. Sentences written for the test; the
names and terms are the office-holders'."""

from __future__ import annotations

from dyad import extract, to_record


def test_israeli_premier_with_short_term_dates_a_call() -> None:
    # 纳夫塔利·本内特 2021-06-13 .. 2022-06-30 and 范明政 from 2021-04: a day of August is 2021 only
    rec = to_record(
        extract(
            "两国总理通电话\n\n越通社河内——越南政府总理范明政8月3日上午同以色列总理纳夫塔利·本内特(Naftali Bennett)"
            "通电话。\n\n双方就农业和科技合作交换意见。(越通社-VNA)\n"
        )
    )
    calls = [e for e in rec["events"] if e["mode"] == "phone"]
    assert calls and calls[0]["date"] == "2021-08-03", calls
    assert calls[0]["date_basis"] == "tenure", calls


def test_israeli_president_and_vietnamese_president_leave_one_year() -> None:
    # 艾萨克·赫尔佐格 from 2021-07-07 and 阮春福 as 国家主席 2021-04 .. 2023-01: a day of May is 2022 (May 2021 is before 赫尔佐格)
    rec = to_record(
        extract(
            "越南国家主席与以色列总统通电话\n\n越通社河内——越南国家主席阮春福5月15日同以色列总统艾萨克·赫尔佐格"
            "(Isaac Herzog)通电话。\n\n双方就合作交换意见。(越通社-VNA)\n"
        )
    )
    calls = [e for e in rec["events"] if e["mode"] == "phone"]
    assert calls and calls[0]["date"] == "2022-05-15", calls
