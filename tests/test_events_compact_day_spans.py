"""A span of days written in any of the site's forms (``6日至9日``, ``6-9日``, ``6—9日``, ``6日~9日``,
``6号至9号``) frames a trip, introduces its leader and dates its legs as the first form does."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events import events_of, names

from dyad.extraction.time_grammar import scan

_CANONICAL = "{a}日至{b}日"
_SPANS = ["{a}-{b}日", "{a}—{b}日", "{a}日~{b}日", "{a}号至{b}号"]


def _visits(evs: list[dict[str, Any]]) -> list[tuple[list[str], list[str], str | None]]:
    return sorted((names(e["source"]), names(e["target"]), e["date"]) for e in evs if e["mode"] == "visit")


def test_bare_compact_day_range_is_one_expression() -> None:
    found = scan("代表团于25-28日在当地考察。")
    assert [(r.kind, r.d, r.d2, r.text) for r in found] == [("day", 25, 28, "25-28日")]


def test_descending_compact_numbers_are_no_range() -> None:
    assert all(r.d2 is None for r in scan("比分为3-1日"))


def _trip_frame(span: str) -> str:
    return (
        f"越通社特派记者报道,自5月{span.format(a=6, b=9)}对智利进行国事访问期间,越南国家主席阮文安5月7日会见"
        "智利众议院议长卡洛斯·门多萨(Carlos Mendoza)。"
    )


def _leader(span: str) -> str:
    return (
        "应秘鲁政府的邀请,越共中央书记处书记、中央民运部部长陈文平从8月"
        f"{span.format(a=11, b=15)}率团对秘鲁进行工作访问。"
    )


def _legs(span: str) -> str:
    return (
        f"2024年5月2日,应智利总统和秘鲁总统的邀请,越南国家主席阮文安于5月{span.format(a=3, b=5)}对智利进行"
        f"国事访问,于{span.format(a=6, b=9)}对秘鲁进行国事访问。"
    )


@pytest.mark.parametrize("span", _SPANS)
def test_trip_frame_with_days_keeps_the_visit(span: str) -> None:
    expected = _visits(events_of(_trip_frame(_CANONICAL)))
    assert [v[0] for v in expected] == [["阮文安"]]
    assert _visits(events_of(_trip_frame(span))) == expected


@pytest.mark.parametrize("span", _SPANS)
def test_leader_told_before_the_days_heads_the_delegation(span: str) -> None:
    expected = _visits(events_of(_leader(_CANONICAL)))
    assert [v[0] for v in expected] == [["陈文平"]]
    assert _visits(events_of(_leader(span))) == expected


@pytest.mark.parametrize("span", _SPANS[:3])  # a bare "6号" alone may be a number (6号线)
def test_two_legs_each_dated_by_its_days(span: str) -> None:
    expected = _visits(events_of(_legs(_CANONICAL)))
    assert [(v[1], v[2]) for v in expected] == [
        (["智利"], "2024-05-03/2024-05-05"),
        (["秘鲁"], "2024-05-06/2024-05-09"),
    ]
    assert _visits(events_of(_legs(span))) == expected
