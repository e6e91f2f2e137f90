"""``2030东盟轮值主席年:…`` as a title: the year the ASEAN chair's year is named by, written without a
年 of its own, dates the days of the story. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(title: str) -> list[str | None]:
    page = (
        f"{title}\n\n越通社雅加达——东盟外长特别会议3月5日在印尼首都雅加达举行。"
        "越南政府副总理兼外长黎文安出席会议。(越通社-VNA)\n\n越通社\n"
    )
    return [e["date"] for e in to_record(extract(page))["events"] if e["mode"] == "multilateral"]


def test_asean_chair_year_in_the_title_dates_the_story() -> None:
    assert _dates("2030东盟轮值主席年:东盟加强合作") == ["2030-03-05"]


def test_short_form_of_the_chair_year() -> None:
    assert _dates("2030东盟主席年:东盟加强合作") == ["2030-03-05"]


def test_no_year_in_the_title_leaves_the_day_undated() -> None:
    assert _dates("东盟加强合作") == [None]
