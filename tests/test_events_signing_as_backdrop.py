"""A signing told as the backdrop of a clause (在…签署的背景下), with no year, is no signing event."""

from __future__ import annotations

from test_events import events_of


def test_an_undated_signing_as_backdrop_is_no_agreement() -> None:
    evs = events_of("越南驻新西兰大使阮文明会见了旅居新西兰越南人代表。在《区域渔业合作框架》刚得到签署的背景下,他们希望扩大与国内企业的合作。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_dated_signing_as_backdrop_stays() -> None:
    evs = events_of("在越南与新西兰于2020年7月签署渔业合作协定的背景下,两国渔民希望扩大合作。")
    assert [e for e in evs if e["type"] == "AGREE"], evs
