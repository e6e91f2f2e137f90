"""Japanese family names the table lacked (绪方, 冈崎, 河合): the officer after an office chain is
named whole, with his country. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_japanese_party_officer_after_a_two_office_chain_is_named() -> None:
    ev = only(
        events_of("2020年10月20日,日本共产党中央政治局副委员长兼国际局局长绪方靖夫向越共中央对外部部长黄平君致慰问信。"),
        "SUPPORT",
    )
    assert names(ev["source"]) == ["绪方靖夫"] and ev["source"][0]["country"] == "JPN", ev
