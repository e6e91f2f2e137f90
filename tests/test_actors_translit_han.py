"""翰 is a transliteration character (-ham, John): a name after · that ends in it is read whole."""

from __future__ import annotations

from test_events import events_of


def test_a_dotted_name_ending_in_han_is_whole() -> None:
    evs = events_of("2019年5月6日,河内市人民委员会主席阮文明会见了英国贸易部长格雷厄姆·诺丁翰。")
    names = {p["name"] for e in evs for p in e["source"] + e["target"]}
    assert "格雷厄姆·诺丁翰" in names, evs
