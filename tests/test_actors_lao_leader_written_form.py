"""本杨, a written form of the Lao leader 本扬·沃拉吉, is read as a person (a second sender)."""

from __future__ import annotations

from test_events import events_of, names, only


def test_the_second_sender_written_with_yang_is_a_sender() -> None:
    evs = events_of("老挝总理通伦和老挝国家主席本杨就阮富仲当选越共中央总书记向其致贺电。", "老挝领导人致贺电")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["通伦", "本杨"], evs
