"""``5月20日,A与B举行会谈。…A说,2025年5月初,两国已完成…``: with the people's terms leaving several
years and no year before the day, a month with its year told back after the day (at or before the
day's month) places the day in that year; a later plain year (a target) leaves the range."""

from __future__ import annotations

from dyad import extract, to_record


def _date(body: str) -> str | None:
    page = (
        "越通社河内——5月20日上午,越南国防部长潘文江与中国国防部长董军举行会谈。\n\n"
        f"{body}(越通社-VNA)\n越通社\n"
    )
    return next(e["date"] for e in to_record(extract(page))["events"] if e["section"] == "main")


def test_month_told_back_after_the_day_gives_the_year() -> None:
    assert _date("潘文江说,2025年5月初,两国边防部队已完成联合巡逻。") == "2025-05-20"


def test_a_later_year_written_keeps_the_range() -> None:
    assert _date("潘文江说,2025年5月初,两国已完成巡逻,力争2027年完成全部工程。") is None


def test_a_month_after_the_days_month_is_no_step_told_back() -> None:
    assert _date("潘文江说,双方将于2025年8月举行联合演习。") is None


def test_a_whole_month_named_in_the_days_own_month_may_be_a_year_before() -> None:
    # "12月4日…。在2024年12月举行的…会议上,…签署了…": the month may be last year's December
    page = (
        "越通社河内——12月4日,越南国防部长潘文江与中国国防部长董军举行会谈。\n\n"
        "在2024年12月举行的第一次会议上,双方签署了合作备忘录。(越通社-VNA)\n越通社\n"
    )
    dates = [e["date"] for e in to_record(extract(page))["events"] if e["type"] == "CONSULT"]
    assert dates == [None]
