"""A year named with how many times two leaders spoke or met in it (``2022年,A与B三次通电话``) is a
finished year's tally, told in a later year: an undated day of January to September on the page
falls in the year after it, when the terms of the people named allow that year.
Sentences written for the test; the names and terms are the office-holders'."""

from __future__ import annotations

from dyad import extract, to_record


def _met(text: str) -> list[dict]:
    rec = to_record(extract(text))
    return [e for e in rec["events"] if e["mode"] == "meeting"]


def test_count_of_calls_in_a_named_year_dates_the_next_year() -> None:
    met = _met(
        "政府总理会见外国企业家\n\n越通社河内——2月20日下午,越南政府总理范明政在政府总部会见了某国绿源集团董事长"
        "柯明远。\n\n会见中,范明政表示,两国关系发展良好。2022年,范明政总理与该国总理四次通电话和直接会见。"
        "(越通社-VNA)\n"
    )
    assert met and met[0]["date"] == "2023-02-20", met


def test_count_of_calls_with_digits() -> None:
    met = _met(
        "政府总理会见外国企业家\n\n越通社河内——3月9日下午,越南政府总理范明政在政府总部会见了某国海联公司总裁"
        "郑宏达。\n\n会见中,范明政表示,两国关系发展良好。2023年,两国总理已2次通电话。(越通社-VNA)\n"
    )
    assert met and met[0]["date"] == "2024-03-09", met
