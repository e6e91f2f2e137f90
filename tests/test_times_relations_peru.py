"""Viet Nam's ties with Peru (14 November 1994) date an anniversary told with no year:
越南与秘鲁建交30周年 is 2024. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_peru_anniversary_dates_the_visit() -> None:
    events = to_record(
        extract(
            "越南国家主席对秘鲁进行正式访问\n\n越通社利马——11月13日,越南国家主席阮文甲抵达利马,开始对秘鲁进行正式访问。"
            "此访恰逢越南与秘鲁建交30周年。(越通社-VNA)\n"
        )
    )["events"]
    visits = [e for e in events if e["mode"] == "visit"]
    assert [e["date"] for e in visits] == ["2024-11-13"], visits
