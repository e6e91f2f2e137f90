"""ASEAN's ties with a partner whose name has three or more characters (澳大利亚, 俄罗斯) are counted
from the ASEAN row, not from Viet Nam's own partnership with that country, on whichever side of
ASEAN the name is written and whatever words come before it; ``东盟—日本友好合作N周年`` counts the
dialogue relations."""

from __future__ import annotations

from dyad.extraction.time_knowledge import find_anniversaries


def _years(text: str) -> list[int]:
    return [f.year for f in find_anniversaries(text, 0, len(text))]


def test_long_partner_name_after_asean() -> None:
    assert _years("各国领导人出席东盟—澳大利亚战略伙伴关系5周年纪念活动。") == [2014 + 5]
    assert _years("双方回顾了东盟-俄罗斯战略伙伴关系5周年。") == [2018 + 5]


def test_long_partner_name_before_asean_after_other_words() -> None:
    assert _years("越南外长祝贺印度—东盟战略伙伴关系10周年。") == [2012 + 10]
    assert _years("部长们出席澳大利亚—东盟战略伙伴关系5周年纪念会。") == [2014 + 5]


def test_friendship_and_cooperation_counts_the_dialogue_relations() -> None:
    assert _years("总理将出席东盟—日本友好合作50周年纪念峰会。") == [1973 + 50]
