"""An award given to a list of people that runs past a comma (``决定向大使A,副部长B和C授予…勋章``)
is given by the side before 向; the last person listed is no giver."""

from __future__ import annotations

from test_events import events_of


def test_the_last_listed_is_no_giver() -> None:
    evs = events_of(
        "根据命令,俄罗斯联邦总统决定向越南驻俄罗斯大使阮文明,越南国防部副部长黎文强和越南公安部副部长陈国英授予友谊勋章。",
        title="俄罗斯向越南官员授勋",
    )
    award = [e for e in evs if e["type"] == "SUPPORT"]
    assert award, evs
    assert [p["country"] for p in award[0]["source"]] == ["RUS"], award
    assert "阮文明" in [p["name"] for p in award[0]["target"]], award
