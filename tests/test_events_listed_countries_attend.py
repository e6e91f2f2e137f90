"""``老挝、缅甸和泰国等国外长与会``: every country listed before the unnamed ministers attends
the forum, not only the first one. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def test_every_listed_country_attends() -> None:
    evs = events_of(
        "2023年6月8日,越南外交部长裴青山出席第5届湄公河—韩国外长会议。菲律宾、老挝、缅甸和泰国等国外长与会。"
    )
    att = [e for e in evs if e["mode"] == "multilateral" and "与会" in e["evidence"]["text"]]
    assert len(att) == 1, evs
    assert [p["country"] for p in att[0]["source"]] == ["PHL", "LAO", "MMR", "THA"], evs


def test_countries_listed_without_deng_guo_attend_too() -> None:
    evs = events_of("2023年6月8日,第5届湄公河—韩国外长会议在釜山举行。老挝和泰国外长出席会议。")
    att = [e for e in evs if e["mode"] == "multilateral" and "出席会议" in e["evidence"]["text"]]
    assert len(att) == 1, evs
    assert [p["country"] for p in att[0]["source"]] == ["LAO", "THA"], evs
