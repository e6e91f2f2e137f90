"""Several leaders of each side joined to one call verb in an undated sentence sum up the calls held
of late: undated background, left out. A dated call between two people, a three-way call, and a
title naming them all stay.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_leaders_of_both_sides_joined_to_one_call_are_background() -> None:
    from test_events import events_of

    evs = events_of(
        "6月8日,越南外长甲乙丙与老挝外长丁戊己举行会谈。"
        "越南国家主席黄文甲、政府总理黎文乙已与老挝国家主席宋丙丁,老挝总理潘戊己通电话,讨论双边合作。"
    )
    assert not [e for e in evs if e["mode"] == "phone"], evs
    assert [e for e in evs if e["mode"] == "talks"], evs


def test_a_dated_call_of_two_leaders_stays() -> None:
    from test_events import events_of

    evs = events_of("6月8日,越南国家主席黄文甲与老挝国家主席宋丙丁通电话。")
    assert [e for e in evs if e["mode"] == "phone"], evs
