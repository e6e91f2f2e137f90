"""A month told back after 此前 (``此前,2023年6月,A曾访问…``) is an earlier occasion: its year is
not the story's, so it does not date the story's own days."""

from __future__ import annotations

from dyad import extract, to_record


def _main(text: str) -> list[tuple[str | None, str]]:
    return [(e["date"], e["date_basis"]) for e in to_record(extract(text))["events"] if e["section"] == "main"]


_PAGE = (
    "新西兰海军舰艇访问芽庄\n\n越通社庆和——{day},新西兰海军\"坎特伯雷\"号舰艇抵达芽庄港,开始对越南进行友好访问。"
    "{back}新西兰海军舰艇曾访问岘港。(越通社-VNA)\n越通社\n"
)


def test_a_month_told_back_does_not_give_the_story_its_year() -> None:
    dates = _main(_PAGE.format(day="5月20日", back="此前,2023年7月,"))
    assert all(not (d or "").startswith("2023-05") for d, _ in dates)


def test_a_month_written_without_since_still_dates_the_story() -> None:
    # the same month told as the story's own time frame (no 此前) still gives the year
    dates = _main(_PAGE.format(day="5月20日", back="2023年5月,"))
    assert ("2023-05-20", "context") in dates
