"""Plenums of the CPV Central Committee named by term and number (``recurring_meetings.tsv``): a
year-less day told with one of them is dated by the plenum."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "11月3日,正在古巴访问的越共中央宣教部副部长阮文甲会见古共中央委员会第二书记,"
            "并向古方介绍越共第十二届中央委员会第六次全体会议的结果。",
            "2017-11-03",
        ),
        (
            "5月20日,越共中央对外部副部长阮文甲会见了老挝驻越大使,向其通报越共十二届中央委员会第十次会议的结果。",
            "2019-05-20",
        ),
        (
            "12月16日,越共中央对外部副部长阮文甲会见了老挝驻越大使,向其通报越共第十一届中央委员会第十三次全体会议的结果。",
            "2015-12-16",
        ),
    ],
)
def test_numbered_plenum_fixes_the_year(body: str, date: str) -> None:
    rec = to_record(extract(f"越南共产党的对外活动\n\n越通社河内——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT"]
    assert dated and all(d == date for d in dated), rec["events"]
