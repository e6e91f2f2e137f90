"""A Latin name after an office is read as the person, also when the office is 党首 (the leader of a
Japanese party) or when the name opens with an initial and its dot (部长J. Perez), instead of the
party or the body before the office standing for the side.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"多国领导致唁电\n\n越通社河内——{body}(完)\n越通社\n"
    return to_record(extract(text))["events"]


def test_a_party_head_written_dangshou_is_the_sender() -> None:
    evs = _events("日本社会党党首Taro Yamada向越共中央总书记陈文丙致唁电。")
    assert len(evs) == 1, evs
    src = evs[0]["source"]
    assert [p["name"] for p in src] == ["Taro Yamada"], src
    assert src[0]["country"] == "JPN", src


def test_initialled_latin_names_are_two_people_met() -> None:
    evs = _events("在哈瓦那,越南记者协会主席阮文甲先后会见了古共中央组织部部长J. Perez及古共中央宣传部副部长M. Lopez。")
    met = sorted(p["name"] for e in evs if e["mode"] == "meeting" for p in e["target"])
    assert met == ["J. Perez", "M. Lopez"], evs
