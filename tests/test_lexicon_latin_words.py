"""A lexicon name written in Latin letters is not found inside a longer Latin word."""

from __future__ import annotations

from dyad.extraction.actors import geo_in


def test_a_latin_alias_inside_a_longer_latin_word_is_no_name() -> None:
    names = [entry.name for _s, _e, entry in geo_in("越韩排雷行动项目(KVMAP)今天结束。")]
    assert "美联社" not in names, names


def test_a_latin_alias_standing_alone_is_still_found() -> None:
    names = [entry.name for _s, _e, entry in geo_in("据AP报道,会议今天结束。")]
    assert "美联社" in names, names
