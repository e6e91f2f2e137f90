"""A visit's frame told inside a sentence, after a subject or what someone said
(``X表示,A对文莱进行正式访问期间,双方通过了…``), places the act the sentence tells after it in the
country visited, not in the dateline's city."""

from __future__ import annotations

import pytest

from dyad import extract

_HEAD = "越南与文莱加强合作\n\n越通社河内——5月4日,越南政府副总理陈文甲会见了文莱外长阿卜杜勒·哈米德。"
_TAIL = "(越通社—VNA)\n越通社\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "陈文甲表示,越南政府总理黎文乙对文莱进行正式访问期间,双方通过了两国全面伙伴关系行动计划。",
        "陈文甲表示,越南政府总理黎文乙访问文莱期间,双方通过了两国全面伙伴关系行动计划。",
    ],
)
def test_act_in_a_visit_frame_is_placed_in_the_country_visited(sentence: str) -> None:
    doc = extract(_HEAD + sentence + _TAIL)
    agreements = [e for e in doc.events if e.section == "main" and e.type == "AGREE"]
    assert agreements and agreements[0].location == "文莱"


def test_frame_of_two_countries_places_nothing_by_itself() -> None:
    doc = extract(
        _HEAD + "陈文甲表示,越南政府总理黎文乙访问文莱和马来西亚期间,双方通过了两国全面伙伴关系行动计划。" + _TAIL
    )
    agreements = [e for e in doc.events if e.section == "main" and e.type == "AGREE"]
    assert agreements and agreements[0].location not in {"文莱", "马来西亚"}
