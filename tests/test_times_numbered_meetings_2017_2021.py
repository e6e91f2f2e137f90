"""Numbered meetings of 2017-2021 (recurring_meetings.tsv) date a year-less day of a teaser:
AMMs 50-54, G20 summits 12-17, UNGA sessions 72-77, AIPA General Assemblies, the Belt and Road
Forums. Sentences written for the test."""

from __future__ import annotations

import pytest

from test_times_inference import page, tv


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("8月3日,越南外长在曼谷出席第52届东盟外长会议。", "8月3日", "2019-08-03"),
        ("6月28日,越南总理在大阪出席二十国集团领导人第十四次峰会。", "6月28日", "2019-06-28"),
        ("9月26日,越南总理在纽约出席第73届联合国大会一般性辩论。", "9月26日", "2018-09-26"),
        ("9月8日,越南国会主席主持东盟议会联盟第41届大会开幕式。", "9月8日", "2020-09-08"),
        ("4月26日,越南总理在北京出席第二届“一带一路”国际合作高峰论坛。", "4月26日", "2019-04-26"),
        ("6月3日,越南国防部长出席第16届香格里拉对话会。", "6月3日", "2017-06-03"),
    ],
)
def test_a_numbered_meeting_of_the_period_dates_its_teaser(sentence: str, day: str, value: str) -> None:
    doc = page("主文", ["正文。"], teasers=[("会议", sentence)])
    t = tv(doc, day)
    assert (t.value, t.basis) == (value, "recurring-meeting")


def test_the_first_of_a_series_written_shouji_is_ordinal_one() -> None:
    doc = page("主文", ["正文。"], teasers=[("论坛", "5月14日,越南国家主席在北京出席首届“一带一路”国际合作高峰论坛。")])
    t = tv(doc, "5月14日")
    assert (t.value, t.basis) == ("2017-05-14", "recurring-meeting")


def test_a_first_visit_is_no_numbered_meeting() -> None:
    doc = page("主文", ["正文。"], teasers=[("访问", "5月14日,越南国家主席首次出席东盟峰会。")])
    assert tv(doc, "5月14日").basis != "recurring-meeting"


def test_the_nikkei_future_of_asia_conference_dates_a_tokyo_trip() -> None:
    """``第27届亚洲未来国际会议`` (Tokyo, May 2022) with ``5月26日至27日`` and no year."""
    doc = page("出席", ["越通社驻东京记者报道,从5月26日至27日,越南政府副总理黎明山出席第27届亚洲未来国际会议。"])
    assert tv(doc, "5月26日至27日").value == "2022-05-26/2022-05-27"
