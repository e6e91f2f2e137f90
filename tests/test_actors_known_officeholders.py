"""A known officeholder's whole name (``tenure.tsv``) is read after an office even where a shorter
reading would stop at a joining word (``魏凤和在…``). Sentences written for the test."""

from __future__ import annotations

from test_actors import people


def test_known_name_ending_in_he_before_a_place() -> None:
    got = people("5月12日,中国国务委员兼国防部长魏凤和在北京会见了越南国防部副部长。")
    assert "魏凤和" in got and "魏凤" not in got


def test_known_name_with_qi_before_a_place() -> None:
    got = people("5月12日,中央军委副主席许其亮在北京会见了柬埔寨客人。")
    assert "许其亮" in got


def test_he_as_and_after_an_unknown_name_still_joins() -> None:
    got = people("5月12日,越南国防部长吴春历和外交部长范平明在河内会见了柬埔寨客人。")
    assert "吴春历" in got and "范平明" in got
