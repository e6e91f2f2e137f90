"""A gift or pledge welcomed (A对B承诺…提供疫苗等表示欢迎) is given by the side welcomed, B, to the one
welcoming it, not by A."""

from __future__ import annotations

from test_events import events_of, only


def test_the_side_welcomed_gives() -> None:
    ev = only(events_of("2022年5月6日,泰国外长对韩国承诺援助提高东盟各国医疗能力和提供疫苗等表示欢迎。"), "AID")
    assert [p["name"] for p in ev["source"]] == ["韩国"], ev


def test_the_side_welcomed_gives_past_a_comma() -> None:
    ev = only(events_of("2022年5月6日,东盟各国外长对韩国承诺协助东盟提高防灾能力,继续提供疫苗等表示欢迎。"), "AID")
    assert [p["name"] for p in ev["source"]] == ["韩国"], ev
    assert [p["name"] for p in ev["target"]] == ["东盟"], ev
