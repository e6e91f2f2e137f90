"""What two sides do as a custom (``两国高层领导经常适值各自国家重要事件之际互致贺电``) is no message of
its own: no day, no year, told with 经常/定期."""

from __future__ import annotations

from test_events import events_of


def test_customary_greetings_are_no_event() -> None:
    evs = events_of("越南与斯里兰卡传统友好关系不断发展。两国高层领导经常适值各自国家重要节日之际互致贺电。")
    assert not [e for e in evs if e["type"] == "SUPPORT"], evs


def test_dated_greetings_stay() -> None:
    evs = events_of("9月2日,斯里兰卡总统经常关注越南发展,并向越南国家主席陈甲致贺电,祝贺越南国庆。")
    assert [e for e in evs if e["type"] == "SUPPORT"], evs
