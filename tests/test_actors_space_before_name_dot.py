"""Old pages put a space before the dot of a transliterated name (``本通 ·吉玛尼``, ``西索 •占达翁``)
as well as after it: the name is whole, written without the space (its dot as written), not cut at it or split in two."""

from __future__ import annotations

from test_events import events_of, names


def test_space_before_the_dot_keeps_the_name_whole() -> None:
    evs = events_of("12月1日,越南国家主席阮明哲向老挝国家副主席本通 ·吉玛尼致以贺电。")
    msgs = [e for e in evs if e["mode"] == "message"]
    assert msgs and names(msgs[0]["target"]) == ["本通·吉玛尼"], evs


def test_space_before_a_bullet_dot_in_a_visitor_name() -> None:
    evs = events_of("老挝国会副主席西索 •占达翁2015年8月对越南进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["西索•占达翁"]], evs
