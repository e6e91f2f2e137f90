"""A thanks message told as ``A致电B表示感谢``: the addressee between the message word and the thanks."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_thanks_message_with_no_comma_before_the_thanks_is_a_message() -> None:
    evs = events_of(
        "2019年5月12日,越南国家主席黎文安结束对乌拉圭的正式访问。离开蒙得维的亚后,"
        "黎文安主席已致电乌拉圭总统卡洛斯·佩雷斯(Carlos Perez)表示感谢。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["黎文安"] and names(ev["target"]) == ["卡洛斯·佩雷斯"]
    assert ev["date"] == "2019-05-12"


def test_thanks_for_a_call_told_by_the_one_thanking_is_no_message_of_his() -> None:
    """``A对B致电表示感谢``: nothing between the message word and the thanks, no new message."""
    evs = events_of("2019年5月12日,越南国家主席黎文安对乌拉圭总统卡洛斯·佩雷斯致电表示感谢。")
    assert not [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"
                and names(e["source"]) == ["黎文安"]], evs
