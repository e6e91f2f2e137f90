"""Dates written with blanks between the numbers and 年/月/日 (``5 月 6 日至 9 日``), as some pages
of the site have them, frame a trip and introduce a leader as the unbroken form does."""

from __future__ import annotations

from typing import Any

from tests.test_events import events_of, names


def _visits(body: str) -> list[tuple[list[str], list[str], Any]]:
    return sorted(
        (names(e["source"]), names(e["target"]), e["date"]) for e in events_of(body) if e["mode"] == "visit"
    )


def test_spaced_trip_frame_keeps_the_visit() -> None:
    frame = "越通社特派记者报道,自{d}对智利进行国事访问期间,越南国家主席阮文安会见智利众议院议长卡洛斯·门多萨(Carlos Mendoza)。"
    expected = _visits(frame.format(d="5月6日至9日"))
    assert [v[0] for v in expected] == [["阮文安"]]
    assert _visits(frame.format(d="5 月 6 日至 9 日")) == expected


def test_spaced_days_between_leader_and_lu() -> None:
    lead = "应秘鲁政府的邀请,越共中央书记处书记、中央民运部部长陈文平从{d}率领越南代表团对秘鲁进行工作访问。"
    expected = _visits(lead.format(d="8月11日至15日"))
    assert [v[0] for v in expected] == [["陈文平"]]
    assert _visits(lead.format(d="8 月 11 日至 15 日")) == expected
