"""Words of signing and touring used as nouns in non-diplomatic stories are no events: a law's
``签署国际协议原则``/``不签署…的领域`` discussed in parliament, ``参观活动`` offered to tourists,
``参观游览`` (sightseeing) and a tour of exhibition booths (``参观了…的展位``)."""

from __future__ import annotations

from test_events import events_of


def test_principles_of_signing_in_a_draft_law_are_no_signing() -> None:
    evs = events_of(
        "2021年3月4日,国会代表讨论条约法草案,集中讨论缔约方越南、签署国际条约原则、"
        "不签署国际条约的领域等内容。"
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_real_signing_is_kept() -> None:
    evs = events_of("2021年3月4日,越南外交部长阮明山与泰国外长敦·帕马威奈在河内签署了合作原则协定。")
    assert [e["type"] for e in evs if e["type"] == "AGREE"] == ["AGREE"], evs


def test_tours_offered_as_an_activity_are_no_visit() -> None:
    evs = events_of(
        "为了保持在西湖地区举行各项活动,西湖和老城区管理委员会已安排现场参观活动或可在脸书粉丝团“西湖老城” 上开展参观活动。"
    )
    assert not [e for e in evs if e["mode"] == "visit"], evs


def test_a_tour_of_booths_is_no_visit() -> None:
    evs = events_of("2021年3月4日,德国联邦议院议长克劳斯·施密特参观了东盟秘书处、日本大使馆等单位的展位。")
    assert not [e for e in evs if e["mode"] == "visit"], evs
