"""A main article with no year of its own takes the year of the list under 更多 (the same weeks)
only where that puts its day among the list's days or before them, not a month after the newest."""

from __future__ import annotations

from dyad import extract, to_record


def _page(main_day: str) -> str:
    return (
        "越南甲省与泰国乙府建立友好关系\n\n"
        f"越通社甲省——{main_day},越南甲省人民委员会主席黎文山与泰国乙府府尹颂猜·本纳在东河市签署建立友好关系谅解备忘录。(完)\n"
        "越通社\n\n更多\n\n"
        "研讨会场景。图自越通社\n\n越南—东盟:共创未来\n\n"
        "值此越南加入东盟30周年(1995~2025)之际,12月16日上午,越南社会科学翰林院在河内举行国际学术研讨会。\n"
    )


def _main_dates(main_day: str) -> list[str | None]:
    return [e["date"] for e in to_record(extract(_page(main_day)))["events"] if e["section"] == "main"]


def test_day_a_month_after_the_newest_teaser_takes_no_year_from_the_list() -> None:
    assert _main_dates("1月18日") == [None]


def test_day_among_the_lists_weeks_takes_its_year() -> None:
    assert _main_dates("12月10日") == ["2025-12-10"]
