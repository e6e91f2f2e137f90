"""An attendance a speaker judges (``A表示,X派团出席Y会议是对…的支持``) is what A says of it, not
a forum A attends; the attendance told as a fact stays."""

from __future__ import annotations

from test_events import events_of, names


def test_judged_attendance_in_a_speech_is_no_event() -> None:
    evs = events_of(
        "5月6日,出席在泰国曼谷举行的第九届东盟边防力量会议期间,越南边防部队司令陈文福中将与泰国边防司令颂猜中将举行会谈。"
        "会上,颂猜中将表示,越南派团出席第九届东盟边防力量会议是对泰国的大力支持。"
    )
    forums = [e for e in evs if e["mode"] == "multilateral"]
    assert all("颂猜" not in names(e["source"]) for e in forums), forums


def test_attendance_told_as_a_fact_stays() -> None:
    evs = events_of("5月6日,越南边防部队司令陈文福中将出席在泰国曼谷举行的第九届东盟边防力量会议。")
    forums = [e for e in evs if e["mode"] == "multilateral"]
    assert [names(e["source"]) for e in forums] == [["陈文福"]], evs
