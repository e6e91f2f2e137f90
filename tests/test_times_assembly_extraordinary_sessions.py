"""Extraordinary sessions of the 15th National Assembly (第十五届国会第N次特别会议) in
``recurring_meetings.tsv``: a year-less day told with one of them is dated by it, and the
regular session of the same number stays its own meeting."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.extraction.time_knowledge import find_meetings


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("1月16日,越南国会副主席阮文甲在出席第十五届国会第五次特别会议期间会见了老挝驻越大使。", "2024-01-16"),
        ("2月13日,越南国会副主席阮文甲在出席越南第十五届国会第九次特别会议期间会见了老挝驻越大使。", "2025-02-13"),
    ],
)
def test_extraordinary_session_fixes_the_year(body: str, date: str) -> None:
    rec = to_record(extract(f"国会领导会见外宾\n\n越通社河内——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == [date], rec["events"]


def test_regular_session_of_the_same_number_is_another_meeting() -> None:
    text = "越南第十五届国会第五次会议"
    assert [f.year for f in find_meetings(text, 0, len(text))] == [2023]
