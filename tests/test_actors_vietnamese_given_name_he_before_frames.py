"""A Vietnamese given name ending in 和 (Hòa) read whole after an office before a date, a
companion told with 与, the head of a delegation (为首), a time frame or the end of a trip, on
sentences and names invented for these tests (the names are in no lexicon)."""

from __future__ import annotations

import pytest

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _names(body: str) -> list[str]:
    doc = parse_page(f"测试标题:越南与各国加强合作\n\n越通社河内——{body}(越通社——VNA)\n")
    annotate_actors(doc)
    return [m.name for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("越南政府总理黎光和10月6日下午会见新加坡外长。", "黎光和"),
        ("6日上午,越南政府总理冯青和与俄罗斯总理在河内举行会谈。", "冯青和"),
        ("以越共中央书记处书记丁有和为首的越南代表团访问古巴。", "丁有和"),
        ("美国总统会见越南国会主席陈青和之后共同见证了签署。", "陈青和"),
        ("越南国家主席丁有和圆满结束对意大利的访问。", "丁有和"),
        ("越南驻墨西哥大使丁春和向萨尔瓦多副总统递交国书。", "丁春和"),
    ],
)
def test_vietnamese_name_ending_in_he_read_whole(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize("body", ["越南国家主席阮文甲和夫人访问老挝。", "越南国家主席阮文甲和老挝国家主席出席。"])
def test_he_before_a_second_side_still_joins(body: str) -> None:
    assert "阮文甲" in _names(body)
