"""Numbered party meetings abroad (``recurring_meetings.tsv``): a year-less range told with a
foreign party's numbered congress, or with the numbered international meeting of communist and
workers' parties, is dated by it."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "应葡萄牙共产党中央委员会邀请,越共中央对外部副部长阮文甲率领越南共产党代表团出席从12月2日至4日"
            "召开的葡萄牙共产党第二十次全国代表大会。",
            "2016-12-02/2016-12-04",
        ),
        (
            "10月29日,越共中央对外部副部长阮文甲会见了来越出席第十八届世界共产党和工人党国际会议的智利共产党代表团团长。",
            "2016-10-29",
        ),
    ],
)
def test_numbered_party_meeting_fixes_the_year(body: str, date: str) -> None:
    rec = to_record(extract(f"越南共产党代表团的对外活动\n\n越通社河内——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT"]
    assert dated and all(d == date for d in dated), rec["events"]
