"""A place's name standing inside a transliterated first name (阿德里亚诺: 德里) is part of the name."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> set[str]:
    text = f"越南部长与外国总理举行会谈\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return {p["name"] for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]}


def test_delhi_inside_a_first_name_does_not_cut_it() -> None:
    people = _people("6月3日,越南农业部长黎明慨在首都马普托与阿德里亚诺·科斯塔(Adriano Costa)举行了会谈。")
    assert "阿德里亚诺·科斯塔" in people and "亚诺·科斯塔" not in people, people


def test_a_place_glued_after_a_country_still_ends_before_the_name() -> None:
    people = _people("6月3日,越南农业部长黎明慨会见了古巴哈瓦那阿尔贝托·科斯塔(Alberto Costa)。")
    assert "阿尔贝托·科斯塔" in people, people
