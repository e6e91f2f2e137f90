"""偕夫人 ('with his wife') after a two-character name ends the name: 苏林偕夫人 is 苏林, not 苏林偕.
Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_two_character_name_before_xie_furen() -> None:
    got = people("越共中央总书记苏林偕夫人于5月2日至4日对某国进行正式访问。")
    assert "苏林" in got and "苏林偕" not in got


def test_three_character_name_before_xie_furen_and_a_verb() -> None:
    got = people("越南政府总理阮春福偕夫人抵达曼谷,开始对泰国进行正式访问。")
    assert "阮春福" in got
