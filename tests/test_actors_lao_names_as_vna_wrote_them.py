"""The Lao leaders as VNA wrote them on 2011-2015 pages (通辛·坦马冯, 巴尼·亚陶都, 朱马利·赛雅贡) date a
story to their terms (``tenure.tsv`` v15), and a listed name ending in 都 keeps its 都 before a verb
when no one is joined to it (X同志向…巴妮·雅陶都汇报了…). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_vna_spellings_date_the_story() -> None:
    rec = to_record(
        extract("老挝领导会见\n\n越通社万象——3月5日下午,老挝国会主席巴尼·亚陶都会见了老挝总理通辛·坦马冯。(越通社-VNA)\n")
    )
    days = [t for t in rec["times"] if t["text"].startswith("3月5日")]
    assert days and (days[0]["start"], days[0]["end"]) == ("2011-03-05", "2016-03-05"), rec["times"]


def test_listed_name_ending_in_du_before_a_verb() -> None:
    rec = to_record(
        extract(
            "越南代表团访问老挝\n\n越通社万象——10月2日下午,老挝国会主席巴妮·雅陶都会见了越南友好代表团。"
            "会见时,黎光同志向老挝国会主席巴妮·雅陶都汇报了代表团的工作结果。(越通社-VNA)\n"
        )
    )
    names = {a["name"] for a in rec["actors"]}
    assert "巴妮·雅陶都" in names and "巴妮·雅陶" not in names, names
