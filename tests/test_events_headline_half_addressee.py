"""A message in one half of a two-part headline has no addressee in the other half."""

from __future__ import annotations

from test_events import events_of, names


def test_the_other_half_of_the_headline_is_no_addressee() -> None:
    evs = events_of(
        "2030年3月3日上午,越南政府总理阮明某前往日本驻越南大使馆吊唁。",
        "泰国总理巴育就日本前首相某某逝世致唁电 阮明某赴日本驻越南大使馆吊唁",
    )
    sent = [e for e in evs if e["mode"] == "message"]
    assert not [e for e in sent if "阮明某" in names(e["target"])], evs
