"""A series' short name in brackets between its full name and the number, Chinese as well as
Latin, perhaps followed by 的 (``澜沧江-湄公河合作(澜湄合作)第2次领导人会议``,
``各国议会联盟(IPU)的第140届大会``): the numbered meeting is still recognised."""

from __future__ import annotations

import pytest

from dyad.extraction.time_knowledge import find_meetings


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("总理阮文甲出席澜沧江-湄公河合作(澜湄合作)第二次领导人会议。", 2018),
        ("总理阮文甲出席湄公河-澜沧江合作（湄澜合作）第三次领导人会议。", 2020),
        ("国会副主席陈文乙出席各国议会联盟(IPU)的第140届大会。", 2019),
    ],
)
def test_short_name_in_brackets_before_the_number(text: str, year: int) -> None:
    facts = find_meetings(text, 0, len(text))
    assert [f.year for f in facts] == [year], facts


def test_bracket_of_another_name_does_not_join_the_series() -> None:
    text = "越南代表团(河内)第二次领导人会议"
    assert find_meetings(text, 0, len(text)) == []
