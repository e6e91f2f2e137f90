"""A pair compound followed by a verb of marking before the relations (``越泰庆祝建交40周年``,
``越柬纪念两国建交50周年``) counts the anniversary from that pair's relations."""

from __future__ import annotations

from dyad.extraction.time_knowledge import find_anniversaries


def _years(text: str) -> list[int]:
    return [f.year for f in find_anniversaries(text, 0, len(text))]


def test_pair_then_marking_verb() -> None:
    assert _years("大使指出,去年越泰庆祝建交45周年。") == [1976 + 45]
    assert _years("此访恰逢越柬纪念两国建交55周年。") == [1967 + 55]
    assert _years("总理在越加庆祝两国建交50周年之际发表文章。") == [1973 + 50]
    assert _years("越匈共同庆祝建交75周年。") == [1950 + 75]


def test_one_country_then_marking_verb_stays_a_vietnamese_reading() -> None:
    assert _years("越南庆祝建交50周年。") == []
