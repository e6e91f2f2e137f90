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
