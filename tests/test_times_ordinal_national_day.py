"""``越南迎来第80个国庆``, ``新加坡第60个国庆``: the Nth national day of a country whose founding the
tables hold dates the story (founding year + N), as ``国庆80周年`` does, with no bracket of years."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    page = f"越通社河内——4月9日上午,越南政府总理阮文甲与新加坡总理黄循财举行会谈。{body}\n\n双方同意加强合作。(越通社-VNA)\n越通社\n"
    return [e["date"] for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_nth_national_day_of_a_named_country_dates_the_story() -> None:
    assert _dates("今年新加坡迎来第60个国庆。") == ["2025-04-09"]


def test_bare_nth_national_day_is_viet_nams() -> None:
    assert _dates("今年是第80个国庆。") == ["2025-04-09"]


def test_another_countrys_people_before_it_is_not_viet_nam() -> None:
    assert _dates("老挝人民迎来第50个国庆。") == [None]
