"""黑岩 (Kuroiwa) is a Japanese family name: a governor named after his office is read whole."""

from __future__ import annotations

from test_events import events_of, names


def test_kuroiwa_governor_is_a_person() -> None:
    evs = events_of("2021年3月2日,日本熊本县知事黑岩健二在熊本会见了越南驻日本大使阮文安。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1, evs
    assert "黑岩健二" in names(meetings[0]["source"]) + names(meetings[0]["target"]), evs
