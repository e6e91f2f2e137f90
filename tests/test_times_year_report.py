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


def test_a_whole_year_figure_opening_a_sentence_dates_the_story_later() -> None:
    # "2021年,该市对日本的出口额达…": a finished year's trade figure, told in a later year; an
    # older background year nearer the day ("2015年,总领馆成立") does not date the meeting
    text = (
        "广南省促进与日本千叶县的合作\n\n越通社广南省——4月9日,广南省人民委员会主席黎文强会见来访的"
        "日本千叶县副知事田中浩。2015年,日本驻岘港总领馆成立。"
        "2021年,广南省对日本的出口额约达3000万美元。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2022-04-09"]


def test_a_trade_figure_of_a_year_compared_with_another_dates_the_story_later() -> None:
    text = (
        "广南省促进与日本千叶县的合作\n\n越通社广南省——6月3日,广南省人民委员会主席黎文强会见来访的"
        "日本千叶县副知事田中浩。与2016年相比,2017年广南省与日本的贸易额保持增长势头。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2018-06-03"]


def test_a_forecast_or_part_year_figure_is_no_report() -> None:
    text = (
        "广南省促进与日本千叶县的合作\n\n越通社广南省——6月3日,广南省人民委员会主席黎文强会见来访的"
        "日本千叶县副知事田中浩。2017年前5个月,广南省与日本的贸易额达1000万美元。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2017-06-03"]
    text = text.replace("2017年前5个月,", "2017年,").replace("贸易额达", "贸易额预计达")
    assert _dates(text) == ["2017-06-03"]


def test_a_day_after_carrying_out_a_document_signed_later_in_the_year_is_in_a_later_year() -> None:
    # "落实2015年12月签署的协议": the document was signed before the story's July day
    text = (
        "越老友好协会加强合作\n\n越通社万象——越南-老挝友好协会与老挝-越南友好协会7月9日在万象举行会谈。"
        "双方一致同意落实2015年12月签署的合作协议。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2016-07-09"]


def test_a_day_after_a_span_up_to_now_is_in_a_later_year() -> None:
    # "自2021年8月至今,…": the span runs up to the story, so its April day is in a later year
    text = (
        "莱州省与老挝加强合作\n\n越通社莱州省——4月24日,老挝丰沙里省代表团对莱州省进行工作访问。"
        "自2021年8月至今,两省贸易总额超过1亿美元。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2022-04-24"]


def test_a_figure_raised_to_dates_the_story_later() -> None:
    # "2021年,…贸易额提升为…": a finished year's figure told with 提升为, like 达
    text = (
        "广南省促进与日本千叶县的合作\n\n越通社广南省——4月9日,广南省人民委员会主席黎文强会见来访的"
        "日本千叶县副知事田中浩。2021年,广南省与日本的贸易额提升为3000万美元。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2022-04-09"]


def test_a_late_day_with_terms_that_rule_out_the_reported_year() -> None:
    # a day of October beside a 2016 figure: the terms told (特朗普, in office from 2017) leave
    # out 2016 itself, so the story is in the next year
    text = (
        "芹苴市与美国加强合作\n\n越通社芹苴市——10月12日,芹苴市人民委员会主席陈文明会见美国驻越大使馆代表团。"
        "陈文明表示,2016年芹苴市与美国的贸易额提升为2亿美元。代表团表示,美国总统特朗普即将访问越南。"
        "(越通社-VNA)\n越通社\n"
    )
    assert _dates(text)[0] == "2017-10-12"
