"""其 (else the pronoun) as the middle character of a three-character Chinese name, vouched for by
a rank or an act right after it (``许其亮上将``). Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_name_with_qi_before_a_rank() -> None:
    got = people("4月3日上午,中央军委副主席许其亮上将在北京会见了越南国防部副部长阮志咏。")
    assert "许其亮" in got


def test_name_with_qi_before_an_act() -> None:
    got = people("9月5日,中国国务院副总理钱其琛会见了越南外交部长阮孟琴。")
    assert "钱其琛" in got


def test_qi_as_a_pronoun_is_still_no_name() -> None:
    got = people("越南国家主席阮富仲会见了老挝客人,高度评价其对两国关系的贡献。")
    assert not any("其" in name for name in got), got
