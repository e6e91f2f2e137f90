"""Provinces listed before their count (两省, 四省政府) act; the country before them only says whose."""

from __future__ import annotations

from test_events import events_of, names, only


def test_provinces_listed_before_their_count_sign_as_themselves() -> None:
    evs = events_of(
        "2022年5月20日,越南广治省人民委员会和老挝北部丰沙里、华潘、川圹三省政府签署了合作备忘录。"
    )
    ev = only(evs, "AGREE", "sign")
    got = names(ev["target"])
    assert "老挝" not in got and len(got) >= 2, ev


def test_two_provinces_and_their_count_word_are_not_a_pair_side() -> None:
    evs = events_of("2022年5月20日,越南广治省人民委员会和老挝沙湾拿吉、沙拉湾两省政府签署了合作文件。")
    ev = only(evs, "AGREE", "sign")
    got = names(ev["target"])
    assert "两省" not in got and "老挝" not in got, ev
