"""The GMS summit written with its bracketed short form and 扩大 (``第五次大湄公河次区域(GMS-5)扩大
峰会``) is the numbered meeting of ``recurring_meetings.tsv``: it dates a year-less day told with it."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南总理出席大湄公河次区域峰会\n\n"
    "越通社河内——应泰国总理颂猜·本西的邀请,越南政府总理黎文丙于12月19日至20日对泰国进行正式访问"
    "并出席第五次大湄公河次区域(GMS-5)扩大峰会。(越通社——VNA)\n"
)


def test_bracketed_gms_summit_dates_the_visit() -> None:
    events = to_record(extract(PAGE))["events"]
    visits = [e for e in events if e["mode"] == "visit"]
    assert visits, events
    assert (visits[0]["date"] or "").startswith("2014-12-19"), visits
