"""A day written with its own year more than a month away from the story's day is a background
act whichever way the gap runs: when the page's first dated day is itself background (the day
relations were set up), a treaty signed years after it did not happen in the dateline city either.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "甲乙两国友好关系不断发展\n\n"
    "越通社河内——越南与乙国是传统友好邻邦。"
    "1965年3月1日,越乙两国正式建立外交关系,1980年5月2日,两国签署《越乙友好合作条约》。"
    "(越通社——VNA)\n"
)


def test_a_treaty_signed_years_after_the_first_day_has_no_dateline_place() -> None:
    events = to_record(extract(PAGE))["events"]
    signed = [e for e in events if e["mode"] == "sign"]
    assert len(signed) == 1, events
    assert signed[0]["date"] == "1980-05-02", signed
    assert signed[0]["location"] is None, signed
