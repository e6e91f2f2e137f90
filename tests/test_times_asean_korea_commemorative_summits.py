"""The ASEAN-Republic of Korea Commemorative Summits (``recurring_meetings.tsv``): a year-less day
told with 第N届东盟—韩国纪念峰会 is dated by the summit."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("11月26日,正在韩国釜山出席第三届东盟—韩国纪念峰会的越南政府总理阮文甲会见了韩国国会议长。", "2019-11-26"),
        ("12月11日,正在韩国釜山出席第二届东盟-韩国纪念峰会的越南政府总理阮文甲会见了韩国国会议长。", "2014-12-11"),
    ],
)
def test_commemorative_summit_fixes_the_year(body: str, date: str) -> None:
    rec = to_record(extract(f"越南总理会见韩国领导人\n\n越通社釜山——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == [date], rec["events"]
