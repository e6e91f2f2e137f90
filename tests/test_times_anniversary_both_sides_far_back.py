"""``两国即将举行多项活动,庆祝建交50周年``: when 两国 or 双方 stands further back in the sentence
and a marking verb (庆祝, 纪念, 迎来, 喜迎) stands right before 建交, the relations are those of the
two countries the story named before, as with ``两国庆祝建交50周年``."""

from __future__ import annotations

from dyad.extraction.time_knowledge import find_anniversaries


def _years(lead: str, sentence: str) -> list[int]:
    text = f"{lead}\n{sentence}"
    a = len(lead) + 1
    return [f.year for f in find_anniversaries(text, a, len(text), floor=a)]


def test_both_countries_before_a_clause() -> None:
    lead = "越南外交部副部长黎文安会见了来访的印度外交部秘书长拉吉夫·辛格。"
    sentence = "黎文安建议,在两国已恢复直航和正在举行庆祝建交50周年活动的背景下加强旅游合作。"
    assert _years(lead, sentence) == [1972 + 50]


def test_both_countries_across_a_comma() -> None:
    lead = "老挝驻越南大使坎拉·本玛会见越南国会副主席陈文明。"
    sentence = "坎拉·本玛表示,两国即将举办一系列活动,庆祝建交60周年。"
    assert _years(lead, sentence) == [1962 + 60]


def test_both_sides_with_marking_verb() -> None:
    lead = "越南国家主席与柬埔寨首相互致贺电。"
    sentence = "贺电高度评价双方为纪念建交55周年所开展的各项活动。"
    assert _years(lead, sentence) == [1967 + 55]


def test_no_sides_named_in_the_sentence_stays_unread() -> None:
    lead = "越南外交部副部长黎文安会见了来访的印度外交部秘书长拉吉夫·辛格。"
    sentence = "黎文安说,该市正在举行庆祝建交50周年的图片展。"
    assert _years(lead, sentence) == []
