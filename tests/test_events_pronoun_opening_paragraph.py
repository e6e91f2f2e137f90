"""A pronoun opening a body paragraph acts through the person opening the last sentence of the
paragraph before it, as it does when the two sentences share one paragraph."""

from __future__ import annotations

from dyad import extract, to_record

_HEAD = (
    "越南国会副主席黎文泰访问智利\n\n"
    "越通社圣地亚哥——2031年3月5日,越南国会副主席黎文泰访问智利,并会见智利众议长卡门·罗哈斯(Carmen Rojas)。\n\n"
    "黎文泰感谢智利众议院的热情接待。\n\n"
)
_RECALL = "她回顾了2030年11月率团访问越南期间的良好印象。"


def _visitors_of_vietnam(page: str) -> list[str]:
    evs = to_record(extract(page))["events"]
    return [p["name"] for e in evs if e["mode"] == "visit" and e["location"] == "越南" for p in e["source"]]


def test_pronoun_opening_a_paragraph_follows_the_previous_paragraph() -> None:
    page = _HEAD + "卡门·罗哈斯表示,智利重视同越南的关系。\n\n" + _RECALL + "\n\n(越通社-VNA)\n"
    assert _visitors_of_vietnam(page) == ["卡门·罗哈斯"]


def test_pronoun_in_the_same_paragraph_follows_the_sentence_before() -> None:
    page = _HEAD + "卡门·罗哈斯表示,智利重视同越南的关系。" + _RECALL + "\n\n(越通社-VNA)\n"
    assert _visitors_of_vietnam(page) == ["卡门·罗哈斯"]
