"""A provincial body named by two fields joined by 和/与 (``文化和旅游厅``) after a country and its
province (``中国云南省``) is one body, named from the country. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_two_field_body_after_a_country_and_province_is_one_body() -> None:
    ev = only(events_of("2019年6月3日,越南旅游总局与中国云南省文化和旅游厅签署合作备忘录。"), "AGREE")
    assert names(ev["target"]) == ["中国云南省文化和旅游厅"], ev
    assert ev["target"][0]["country"] == "CHN", ev


def test_two_bodies_joined_by_yu_stay_two() -> None:
    evs = events_of("越南谅山省工商协会与中国广西商会日前联合举行贸易促进视频会议。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "video")], evs
