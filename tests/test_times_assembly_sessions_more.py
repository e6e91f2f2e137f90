"""Sessions of the Vietnamese National Assembly and of China's National People's Congress named
by their number (``recurring_meetings.tsv``): a year-less day told with one of them is dated by it."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("4月2日,越南国会副主席阮文甲在出席第十三届国会第十一次会议期间会见了老挝国会代表团团长。", "2016-04-02"),
        ("7月28日,越南国会副主席阮文甲在第十三届国会第一次会议期间会见了老挝国会代表团团长。", "2011-07-28"),
        ("11月3日,越南国会副主席阮文甲在第十五届国会第十次会议期间会见了老挝国会代表团团长。", "2025-11-03"),
        ("3月9日,越南驻华大使陈文乙在出席第十四届全国人民代表大会第一次会议期间会见了中国外交部副部长。", "2023-03-09"),
        ("3月9日,越南驻华大使陈文乙在出席第十三届全国人民代表大会第一次会议期间会见了中国外交部副部长。", "2018-03-09"),
    ],
)
def test_numbered_assembly_session_fixes_the_year(body: str, date: str) -> None:
    rec = to_record(extract(f"越南官员会见外国客人\n\n越通社河内——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == [date], rec["events"]
