"""Year cues added for multi-country trips: WEF annual meetings, one anniversary for several listed
partners, and a bracket of years written before ``N周年``. Sentences written for the tests."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_numbered_wef_annual_meeting_dates_the_year() -> None:
    doc = page("越南总理出席达沃斯年会", ["1月17日,越南政府总理在达沃斯出席世界经济论坛第54届年会全体会议。"])
    assert (tv(doc, "1月17日").value, tv(doc, "1月17日").basis) == ("2024-01-17", "recurring-meeting")


def test_several_partners_listed_before_one_anniversary_share_its_year() -> None:
    doc = page("越南深化同中东欧国家关系", ["明年是越南同罗马尼亚、匈牙利两国建交75周年。", "2月3日,双方举行招待会。"])
    t = tv(doc, "2月3日")
    assert (t.value, t.basis) == ("2024-02-03", "anniversary")


def test_listed_partners_whose_relations_began_in_different_years_give_no_year() -> None:
    doc = page("越南深化对外关系", ["今年是越南同罗马尼亚、泰国建交周年。", "2月3日,双方举行招待会。"])
    assert tv(doc, "2月3日").value is None


def test_a_bracket_of_years_before_the_anniversary_glosses_it() -> None:
    doc = page("纪念活动", ["11月19日上午,河内举行越南教师节(1982年11月20日—2024年11月20日)42周年纪念大会。"])
    t = tv(doc, "11月19日上午")
    assert (t.value, t.basis) == ("2024-11-19", "anniversary")
