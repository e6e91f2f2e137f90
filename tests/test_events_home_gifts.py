"""Gifts with no foreign side: a minister's letter to his own country's rescue force sent abroad
(``…人道主义援助…的越南人民军救援力量``), and Vietnamese abroad giving to victims at home through
a branch named after a foreign city."""

from __future__ import annotations

from test_events import events_of


def test_a_letter_to_ones_own_rescue_force_abroad_is_no_aid() -> None:
    evs = events_of(
        "2023年2月18日,越南国防部长潘文江向赴土耳其开展人道主义援助和救灾行动的越南人民军救援力量致表扬信。"
    )
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_a_diaspora_branch_named_after_a_foreign_city_gives_at_home() -> None:
    evs = events_of("2016年7月27日,旅居日本越南人协会大阪分会已为越南橙毒剂受害者捐助50万日元的款项。")
    assert not [e for e in evs if e["type"] == "AID"], evs
