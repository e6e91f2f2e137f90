"""A Vietnamese name ending in 同 (Đồng, 范文同) before 对 or a verb: 同 is the name's last
character there, not "with" (同对方 still joins the other side)."""

from __future__ import annotations

from test_events import events_of, names


def test_name_ending_tong_before_dui_is_whole() -> None:
    evs = events_of("2009年8月,越南时任外交部长黎光同对老挝进行正式访问。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["黎光同"]], evs


def test_name_ending_tong_before_a_verb_is_whole() -> None:
    evs = events_of("2021年5月4日,越南驻泰国大使阮文同会见泰国外交部副部长颂猜·巴潘。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and names(meetings[0]["source"]) == ["阮文同"], evs


def test_tong_before_the_other_side_still_joins() -> None:
    evs = events_of("2021年5月4日,越南副总理黎明同泰国副总理颂猜举行会谈。")
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and {names(talks[0]["source"])[0], names(talks[0]["target"])[0]} == {"黎明", "颂猜"}, evs
