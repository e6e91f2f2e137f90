"""A trip told as the frame of what follows (``X率领的代表团对老挝进行工作访问期间,于…拜访了A和B``)
is visited to its country (or its inviter, when the article names one), not to the leaders called
on after the frame: they are the hosts of the calls told next. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(paragraphs: list[str]) -> list[dict[str, Any]]:
    body = "\n\n".join(paragraphs)
    text = f"两国公安合作\n\n越通社万象——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_led_trip_frame_visits_the_country_not_the_leaders_called_on() -> None:
    evs = _main(["公安部部长陈德海大将率领的越南公安部代表团对老挝进行工作访问期间,于5月14日下午拜访了老挝国家主席通伦和老挝总理潘坎。"])
    (visit,) = [e for e in evs if e["mode"] == "visit"]
    assert _names(visit["target"]) == ["老挝"]
    calls = [e for e in evs if e["mode"] == "meeting"]
    assert sorted(_names(e["target"])[0] for e in calls) == ["潘坎", "通伦"]


def test_led_trip_frame_with_an_inviter_visits_the_inviter() -> None:
    evs = _main(
        [
            "公安部部长陈德海大将率领的越南公安部代表团对老挝进行工作访问期间,于5月14日下午拜访了老挝国家主席通伦。",
            "在应老挝公安部部长宋坎·西拉冯(Somkham Silavong)邀请,公安部部长陈德海大将率领的越南公安部代表团对老挝进行工作访问期间,于5月14日下午拜访了老挝国家主席通伦。",
        ]
    )
    (visit,) = [e for e in evs if e["mode"] == "visit"]
    assert _names(visit["target"]) == ["宋坎·西拉冯"]
