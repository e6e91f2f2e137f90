"""Two callers on one host (A和B拜会了C, A同B前来拜访C) are both sources of the call."""

from __future__ import annotations

from test_events import events_of, names


def test_two_callers_joined_by_he() -> None:
    evs = events_of("2021年3月2日下午,越南驻日本大使阮文安和日本众议员岸田一郎拜会了日本首相菅义伟。")
    calls = [e for e in evs if e["mode"] == "meeting"]
    assert len(calls) == 1 and names(calls[0]["source"]) == ["阮文安", "岸田一郎"], evs
    assert names(calls[0]["target"]) == ["菅义伟"], evs


def test_two_callers_joined_by_tong() -> None:
    evs = events_of("2021年3月2日下午,越南驻日本大使阮文安同日本众议员岸田一郎前来拜访日本首相菅义伟。")
    calls = [e for e in evs if e["mode"] == "meeting"]
    assert len(calls) == 1 and names(calls[0]["source"]) == ["阮文安", "岸田一郎"], evs
