"""A tour of a named body during a visit is a visit of its own; a body told by what it is is no body."""

from __future__ import annotations

from test_events import events_of, names


def test_tour_of_a_named_body_does_not_replace_the_trip() -> None:
    evs = events_of(
        "2023年3月5日至6日,新西兰总理彼得·格林对越南进行正式访问。3月6日,彼得·格林参观了河内国家大学。"
    )
    visits = sorted((e for e in evs if e["mode"] == "visit"), key=lambda e: e["date"])
    assert [names(v["target"]) for v in visits] == [["越南"], ["河内国家大学"]], evs


def test_a_body_told_by_what_it_is_is_not_toured() -> None:
    evs = events_of(
        "2023年3月5日至6日,新西兰总理彼得·格林对越南进行正式访问。"
        "访问期间,彼得·格林还参观了文庙-国子监——越南第一所大学。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(v["target"]) for v in visits] == [["越南"]], evs
