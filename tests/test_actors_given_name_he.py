"""A Chinese or Korean given name ending in 和 (魏凤和上将, 康京和。), told apart from 和 = "and".
Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_name_ending_in_he_before_a_rank() -> None:
    got = people("10月17日,越南国防部长吴春历大将会见了中国国务委员兼国防部长魏凤和上将。")
    assert "魏凤和" in got and "魏凤" not in got


def test_name_ending_in_he_before_a_full_stop() -> None:
    got = people("5月6日,越南政府总理阮春福会见了韩国外交部长康京和。")
    assert "康京和" in got


def test_he_between_two_people_still_joins_them() -> None:
    got = people("5月6日,越南政府总理阮春福会见了中国国务委员王毅和外交部副部长孔铉佑。")
    assert "王毅" in got and "孔铉佑" in got and "王毅和" not in got


def test_japanese_given_name_ending_in_ye_before_a_list_mark() -> None:
    got = people("7月1日,阮春福在东京会见了日本永旺集团董事长冈田元也、三菱商事社长。")
    assert "冈田元也" in got


def test_a_ceremony_after_a_name_is_not_part_of_it() -> None:
    got = people("10月20日,杜伯巳出席印尼总统佐科·维多多宣誓就职仪式。")
    assert "佐科·维多多" in got and "佐科·维多多宣" not in got


def test_japanese_given_name_ending_in_he_before_its_latin_spelling() -> None:
    got = people("3月2日,越南政府总理会见了日本某县知事山田正和(Yamada Masakazu)一行。")
    assert "山田正和" in got and "山田正" not in got


def test_korean_given_name_ending_in_he_before_its_latin_spelling() -> None:
    got = people("3月2日,越南外交部长会见了韩国外交部长康京和(Kang Kyung-wha)。")
    assert "康京和" in got and "康京" not in got
