"""A name ends before a verb of decision, attendance or travel (``普京决定``, ``石破茂参加``,
``通伦回国``) and before a visit told with the short name of Viet Nam or China (``习近平访越``,
``梁强访华``): the person is read, not dropped or glued to the verb."""

from __future__ import annotations

import pytest

from test_events import events_of


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("5月3日,俄罗斯总统普京决定向越南提供100万美元援助。", "普京"),
        ("5月3日,日本首相石破茂决定向越南提供100万美元援助。", "石破茂"),
        ("5月3日,越南国家主席梁强访华,会见了中共中央总书记习近平。", "梁强"),
        ("5月3日,中共中央总书记习近平访越,会见了越共中央总书记苏林。", "习近平"),
    ],
)
def test_the_name_before_the_verb_is_the_actor(sentence: str, who: str) -> None:
    evs = events_of(sentence, title="越南加强对外合作")
    assert evs, sentence
    assert who in [p["name"] for p in evs[0]["source"]], evs
