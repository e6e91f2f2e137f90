"""A stay counted in 日 (``为期三日``) is a stretch of days as one counted in 天 (``为期三天``): the
visit runs from the day it begins, and the count is no day of the month."""

from __future__ import annotations

import pytest
from tests.test_events import events_of

from dyad.extraction.time_grammar import scan


@pytest.mark.parametrize(("written", "days"), [("为期3日", 3), ("为期五日", 5), ("为期 4 日", 4)])
def test_stay_in_ri_is_a_duration(written: str, days: int) -> None:
    found = scan(f"开始对该国进行{written}的正式访问")
    assert [(r.kind, r.d) for r in found] == [("duration", days)]


@pytest.mark.parametrize("unit", ["天", "日"])
def test_visit_runs_over_the_counted_days(unit: str) -> None:
    evs = events_of(
        f"2023年6月12日晚,越南政府总理范文安抵达利马,开始对秘鲁进行为期3{unit}的正式访问。"
        "秘鲁总统卡洛斯·贝穆德斯(Carlos Bermudez)为其举行欢迎仪式。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [v["date"] for v in visits] == ["2023-06-12/2023-06-14"], evs
