"""A whole year's results told at a meeting (``介绍了2018年经济社会发展情况``) were told after that
year ended: a day of January to September beside them is in a later year, not the year named."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(text: str) -> list[str | None]:
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_year_reported_dates_the_story_in_the_next_year() -> None:
    text = (
        "河江省与老挝琅南塔省加强合作\n\n越通社河江省——3月8日,老挝琅南塔省代表团对河江省进行工作访问。"
        "河江省省委书记阮文安会见代表团。会上,两省领导互相介绍了2018年经济社会发展情况。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2019-03-08"]


def test_a_figure_of_the_reported_year_does_not_date_the_story() -> None:
    text = (
        "河江省与老挝琅南塔省加强合作\n\n越通社河江省——5月20日,老挝琅南塔省代表团对河江省进行工作访问。"
        "2018年该省经济增长率达8%。会上,琅南塔省介绍了该省2018年经济社会发展情况。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2019-05-20"]


def test_a_report_late_in_the_year_may_be_of_that_year() -> None:
    text = (
        "河江省与老挝琅南塔省加强合作\n\n越通社河江省——12月5日,老挝琅南塔省代表团对河江省进行工作访问。"
        "会上,琅南塔省介绍了该省2018年经济社会发展情况。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2018-12-05"]
