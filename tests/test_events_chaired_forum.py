"""A chair who 主持(召开) a bare 论坛 told just before attends it when it is a forum of several
countries (五国论坛, 东盟…论坛), like 主持会议 after a summit; a domestic forum chaired stays none.
主持召开峰会 points back at the summit named before, not at a forum called "召开峰会"."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"区域合作论坛开幕\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_chairing_a_bare_forum_of_several_countries_attends_it() -> None:
    evs = _main("2019年5月8日,第二届柬老越三国经济论坛在万象举行。老挝总理坎代主持召开论坛并致开幕词。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert [p["name"] for p in multi[0]["source"]] == ["坎代"]
    assert multi[0]["target"][0]["name"] == "第二届柬老越三国经济论坛"
    assert multi[0]["date"] == "2019-05-08"


def test_chairing_a_domestic_forum_is_no_event() -> None:
    evs = _main("2019年5月8日,老挝青年创业论坛在万象举行。老挝总理坎代主持论坛并致辞。")
    assert [e for e in evs if e["type"] != "OTHER"] == [], evs


def test_chairing_and_convening_a_bare_summit_names_the_summit_told_before() -> None:
    evs = _main("2019年5月8日,第六届湄公河—澜沧江合作领导人峰会在万象开幕。老挝总理坎代主持召开峰会并致辞。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert multi[0]["target"][0]["name"] == "第六届湄公河—澜沧江合作领导人峰会"
