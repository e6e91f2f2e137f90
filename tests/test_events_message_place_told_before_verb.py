"""A letter or a call is placed only where the text says it was made, before its verb: not at a place in
what it says (``致电B,祝贺…在X…获胜``), nor where its occasion or topic happened (``值此…在X召开之际``,
``就台风在X造成…损失,``), nor at a city left (``在离开X后``)."""

from __future__ import annotations

import pytest

from dyad import extract

_TAIL = "(越通社—VNA)\n越通社\n"


def _messages(body: str):
    doc = extract("越南与秘鲁加强合作\n\n" + body + _TAIL)
    return [e for e in doc.events if e.section == "main" and e.mode in {"message", "phone"}]


@pytest.mark.parametrize(
    "body",
    [
        "越通社河内——5月4日,越南国家主席黎文乙致电秘鲁总统胡安·佩雷斯,祝贺秘鲁国民党在秘鲁第九届国会选举中获胜。",
        "值此秘鲁国民党第五次全国代表大会于2022年5月3日在利马隆重召开之际,越南共产党中央委员会向秘鲁国民党中央委员会致贺电。",
        "秘鲁总统胡安·佩雷斯5月4日就洪灾在越南造成严重损失,向越南国家主席黎文乙致慰问电。",
        "在离开秘鲁首都利马后,越南国家主席黎文乙已致电秘鲁总统胡安·佩雷斯表示感谢。",
    ],
)
def test_message_is_not_placed_by_what_it_says_or_its_occasion(body: str) -> None:
    messages = _messages(body)
    assert messages and all(e.location is None for e in messages)


def test_call_made_in_a_city_told_before_its_verb_is_placed() -> None:
    messages = _messages("越南政府总理黎文乙5月4日在河内同秘鲁总统胡安·佩雷斯通电话。")
    assert messages and messages[0].location == "河内"
