"""A date (2013年, 4月, 5日) or 值 ('on the occasion of') before an office does not belong to it:
2013年越共中央总书记X has the office 越共中央总书记. Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def title(body: str, name: str) -> str:
    return people(body)[name].offices[-1].title  # type: ignore[attr-defined]


def test_year_before_an_office() -> None:
    assert title("2013年越共中央总书记黎文安访问泰国期间,两国建立战略伙伴关系。", "黎文安") == "越共中央总书记"


def test_year_and_month_before_an_office() -> None:
    assert title("尤其是2010年4月越南政府总理黎文安访问缅甸。", "黎文安") == "越南政府总理"


def test_zhi_before_an_office() -> None:
    assert title("值越南政府总理黎文安对缅甸进行正式访问之际,大使接受了采访。", "黎文安") == "越南政府总理"


def test_rotating_chair_keeps_its_zhi() -> None:
    assert title("东盟轮值主席国越南政府总理黎文安主持会议。", "黎文安").endswith("越南政府总理")
