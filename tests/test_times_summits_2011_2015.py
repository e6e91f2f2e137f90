"""The summits of 2007-2017 that the oldest pages name without a year (``recurring_meetings.tsv``
v16) date a year-less day, also with the series' Latin short name in brackets before the number
(亚太经合组织(APEC)第23次领导人非正式会议). Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("name", "when", "year"),
    [
        ("亚太经合组织(APEC)第23次领导人非正式会议", "11月17日至19日", "2015"),
        ("亚太经合组织第二十次领导人非正式会议", "9月7日至9日", "2012"),
        ("第八届东亚峰会", "10月9日至10日", "2013"),
        ("第二届核安全峰会", "3月26日至27日", "2012"),
        ("第十二届香格里拉对话会", "5月31日", "2013"),
        ("第9届二十国集团领导人峰会", "11月15日", "2014"),
        ("第二十届东盟地区论坛", "7月2日", "2013"),
    ],
)
def test_old_summit_dates_the_year(name: str, when: str, year: str) -> None:
    rec = to_record(extract(f"越南领导出席峰会\n\n越通社河内——越南领导人{when}出席{name}并发表讲话。(越通社-VNA)\n"))
    attended = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert attended, rec["events"]
    assert all((e["date"] or "").startswith(year) for e in attended), rec["events"]


def test_latin_short_name_in_brackets_reads_the_series() -> None:
    rec = to_record(
        extract("越南国家主席出席峰会\n\n越通社河内——张晋创主席11月10日出席亚太经合组织(APEC)第22次领导人非正式会议。(越通社-VNA)\n")
    )
    attended = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert attended and attended[0]["date"] == "2014-11-10", rec["events"]


def test_year_word_earlier_in_the_clause_tells_the_meeting() -> None:
    """去年11月…出席…第二十五次…会议 (2017): the page speaks from 2018."""
    rec = to_record(
        extract(
            "俄罗斯总统致唁电\n\n越通社河内——9月22日,俄罗斯总统普京致电越南国家主席表示哀悼。普京回忆说,"
            "去年11月他赴岘港出席亚太经合组织(APEC)第二十五次领导人非正式会议时曾与越南领导人会谈。(越通社-VNA)\n"
        )
    )
    msgs = [e for e in rec["events"] if e["mode"] == "message"]
    assert msgs and all(e["date"] == "2018-09-22" for e in msgs), rec["events"]
