"""An envoy who comes to say goodbye (前来告别, 前往辞行) to a named leader pays a farewell call."""

from __future__ import annotations

from test_events import events_of, names, only


def test_an_envoy_come_to_say_goodbye_calls_on_the_leader() -> None:
    evs = events_of("2023年6月5日,越南驻印度尼西亚大使阮某某在离任回国前前来告别印尼国会议长布安。")
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["阮某某"] and names(ev["target"]) == ["布安"]


def test_a_funeral_farewell_is_no_call() -> None:
    evs = events_of("2023年6月5日,越南各界群众前来告别仪式现场献花。")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs
