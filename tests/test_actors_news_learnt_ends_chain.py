"""``获悉/惊悉/得知 + office + name``: the verb of learning news is no part of the office title."""

from __future__ import annotations

from dyad import extract, to_record


def _titles(body: str) -> dict[str, list[str]]:
    rec = to_record(extract(f"各国致唁电\n\n越通社河内——{body}\n"))
    return {a["name"]: [o["title"] for o in a.get("offices", [])] for a in rec["actors"]}


def test_news_learnt_is_not_part_of_the_title() -> None:
    titles = _titles("获悉越南国家主席武文赏逝世,老挝国家主席通伦·西苏里向越南国家副主席武氏映春致唁电。")
    assert titles.get("武文赏") == ["越南国家主席"], titles


def test_shocking_news_learnt_is_not_part_of_the_title() -> None:
    titles = _titles("惊悉越南国家主席武文赏逝世,老挝国家主席通伦·西苏里向越南国家副主席武氏映春致唁电。")
    assert titles.get("武文赏") == ["越南国家主席"], titles
