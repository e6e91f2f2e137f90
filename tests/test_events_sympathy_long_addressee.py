"""``A致电<a long addressee with a Latin name>表示慰问`` is a message: the addressee may run past
30 characters."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_sympathy_message_to_a_long_named_addressee() -> None:
    evs = events_of(
        "2030年9月18日,越南外交部长裴青山致电菲律宾外交部长恩里克·马纳洛(Enrique Austria Manalo Junior)表示慰问。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["裴青山"] and names(ev["target"]) == ["恩里克·马纳洛"], ev
