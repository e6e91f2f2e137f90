"""A signing named with the steps that follow it (``其中包括签署、批准和全面实施《…》``) is what a side
supports or pushes, not a signing told; with its own date it is still a signing."""

from __future__ import annotations

from tests.test_events import events_of


def test_signing_listed_with_ratification_is_no_signing() -> None:
    evs = events_of(
        "越南与捷克于1950年建交。捷克支持越南竞选2026-2028年任期理事会成员;捷克政府支持越南加强与欧盟的全面关系,"
        "其中包括签署、批准和全面实施《越南-欧盟投资保护协定》。两国在多边论坛上密切合作。"
    )
    assert [e for e in evs if e["type"] == "AGREE"] == []


def test_dated_signing_and_ratification_is_a_signing() -> None:
    evs = events_of("2025年4月2日,越南与捷克在河内签署、批准了《经济合作协定》。")
    signings = [e for e in evs if e["type"] == "AGREE" and e["mode"] == "sign"]
    assert len(signings) == 1
    assert signings[0]["date"] == "2025-04-02"
