"""The day relations were established (两国于1975年5月28日建立外交关系) is background: a date-less
sentence told after it does not take it as its day. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_signing_after_the_founding_day_is_not_dated_by_it() -> None:
    evs = events(
        "越南总理访问某国\n\n越通社河内——应泰国总理巴颂的邀请,越南政府总理黎文安于2019年12月16日至18日对泰国进行正式访问。\n\n"
        "越南与泰国于1976年8月6日建立外交关系。双方签署了关于邮政合作的备忘录。(越通社——VNA)\n"
    )
    signs = [e for e in evs if e["type"] == "AGREE"]
    assert signs and all(e["date"] is None or not e["date"].startswith("1976") for e in signs), signs
