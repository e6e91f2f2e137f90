"""``此访于11月27日至30日进行``: the trip's days told apart with 此访 date the visit reported on its last
day (``…圆满结束对日本的正式访问``), like ``此次出访从…至…进行``."""

from __future__ import annotations

from dyad import extract, to_record


def test_ci_fang_days_date_the_visit() -> None:
    body = "当地时间11月30日下午,越南国会主席陈青敏一行圆满结束对日本的正式访问,启程回国。此访于11月27日至30日进行。"
    rec = to_record(extract(f"越南国会主席结束访日\n\n越通社东京——2024年12月1日电 {body}\n"))
    visits = [e["date"] for e in rec["events"] if e["mode"] == "visit"]
    assert visits == ["2024-11-27/2024-11-30"], rec["events"]
