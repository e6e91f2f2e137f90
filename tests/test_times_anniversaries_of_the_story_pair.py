"""A partnership's anniversary told of "the two countries" (``今年是两国关系提升为全面战略伙伴关系一周年``)
or of a pair written before the verb (``越日关系提升为…一周年``) counts from that pair's row in
``anniversaries.tsv``: the pair is the story's own two countries, named in the sentences before."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

HEAD = "越南领导人会见日本大使\n\n越通社河内——5月10日,越南外交部副部长会见日本驻越南大使。{}\n"


@pytest.mark.parametrize(
    "sentence",
    ["今年是两国建立全面战略伙伴关系一周年。", "今年是两国关系提升为全面战略伙伴关系一周年。", "今年是越日关系提升为全面战略伙伴关系一周年。"],
)
def test_the_two_countries_partnership_dates_the_story(sentence: str) -> None:
    rec = to_record(extract(HEAD.format(sentence)))
    assert [e["date"] for e in rec["events"]] == ["2024-05-10"], rec["events"]  # 2023-11-27 + 1


def test_a_treaty_in_title_marks_counts_from_its_signing() -> None:
    """``《越老友好合作条约》签署45周年``: the treaty's row (1977-07-18) whether or not its name
    stands in title marks."""
    page = "老挝大使会见越方\n\n越通社河内——4月28日,老挝驻越南大使会见越南外交部副部长。值此《越老友好合作条约》签署45周年之际,双方表示祝贺。\n"
    assert [e["date"] for e in to_record(extract(page))["events"]] == ["2022-04-28"]


def test_celebrations_still_ahead_do_not_date_the_story() -> None:
    """``两国即将举办多项活动,庆祝建交55周年和《…条约》签署40周年``: both anniversaries are ahead (2017),
    so they do not set the year of a December day told with the 12th congress's resolutions (2016)."""
    page = (
        "越南大使递交国书\n\n越通社万象——12月20日,越南驻老挝大使向老挝国家主席递交国书。"
        "老挝国家主席表示,两国即将举办多项活动,庆祝建交55周年和《越老友好合作条约》签署40周年。\n"
    )
    rec = to_record(extract(page))
    assert all(not (e["date"] or "").startswith("2017") for e in rec["events"]), rec["events"]


def test_cuban_revolution_counts_from_1959() -> None:
    """``古巴革命胜利66周年``: the triumph of the revolution (1959-01-01) told with 胜利 and no 国庆."""
    page = "越南领导人致电古巴领导人\n\n越通社河内——1月2日,越南国家主席致电古巴国家主席,祝贺古巴革命胜利66周年。\n"
    assert [e["date"] for e in to_record(extract(page))["events"]] == ["2025-01-02"]
