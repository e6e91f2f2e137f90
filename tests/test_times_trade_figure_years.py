"""Trade figures beside a story: ``2019年前5个月`` is the first months of 2019 (not a time before
2019), and ``较2018年同期`` is a year compared with, not the year of the story."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(text: str) -> list[str | None]:
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_first_months_of_a_year_date_the_story() -> None:
    text = (
        "甲市与乙国企业加强合作\n\n越通社甲市——甲市人民委员会副主席阮文安6月10日会见乙国驻越南大使李明。"
        "阮文安表示,2019年前5个月,双边贸易额达10亿美元。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2019-06-10"]


def test_a_year_compared_with_is_not_the_story_year() -> None:
    text = (
        "甲市与乙国企业加强合作\n\n越通社甲市——甲市人民委员会副主席阮文安6月10日会见乙国驻越南大使李明。"
        "阮文安表示,乙国在该市新增投资项目8个,较2018年同期增长两倍。2019年,双边贸易额预计达10亿美元。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2019-06-10"]
