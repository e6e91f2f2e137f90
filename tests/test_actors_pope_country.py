"""The Pope (教皇, 教宗, 罗马教皇) speaks for the Holy See (VAT), whatever his name and although
罗马 is a city of Italy. Sentences and names invented for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _actors(body: str) -> dict[str, dict]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return {a["name"]: a for a in to_record(extract(text)).get("actors", [])}


def test_unknown_pope_is_of_the_holy_see() -> None:
    assert _actors("5月4日,越南国家主席阮文安在梵蒂冈会见了教皇保禄十七世。")["保禄十七世"]["country"] == "VAT"


def test_pope_of_rome_is_not_of_italy() -> None:
    assert _actors("5月4日,越南国家主席阮文安会见了罗马教宗格里高利·萨帕。")["格里高利·萨帕"]["country"] == "VAT"
