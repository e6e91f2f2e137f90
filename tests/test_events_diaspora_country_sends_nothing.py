"""A country that only says whose diaspora (越南侨胞) sends no message to no one."""

from __future__ import annotations

from test_events import events_of, names


def test_a_roundup_title_of_leaders_and_diaspora_is_no_message_from_the_country() -> None:
    evs = events_of(
        "2024年7月22日,蒙古总统呼日勒苏赫向越南国家主席苏林致唁电。",
        "各国领导人以及旅居海外越南侨胞继续向越南党、国家以及阮富仲总书记家属致唁电",
    )
    assert not [e for e in evs if names(e["source"]) == ["越南"]], evs
    assert [e for e in evs if names(e["source"]) == ["呼日勒苏赫"]], evs
