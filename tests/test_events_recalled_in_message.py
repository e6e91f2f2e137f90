"""A meeting a message recalls with last year's month is a background event, not a request."""

from __future__ import annotations

from test_events import events_of, names


def test_a_summit_and_meeting_recalled_in_a_message_are_background_events() -> None:
    evs = events_of(
        "2018年3月10日,日本首相安倍晋三致电越南政府总理阮春福。安倍晋三在贺电中回忆说,"
        "去年11月他赴岘港出席亚太经合组织第二十五次领导人非正式会议期间,同阮春福举行了会谈。"
    )
    talks = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "talks"]
    assert len(talks) == 1 and names(talks[0]["source"]) == ["安倍晋三"], evs
    attended = [e for e in evs if e["mode"] == "multilateral"]
    assert len(attended) == 1 and names(attended[0]["source"]) == ["安倍晋三"], evs


def test_a_wish_in_a_message_is_still_no_event() -> None:
    evs = events_of("2018年3月10日,安倍晋三在贺电中表示,希望明年同阮春福举行会谈。")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs
