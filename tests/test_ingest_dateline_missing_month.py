"""Real-page audit (h54): a dateline whose month number was dropped (``越通社河内月21日——``) still
names the place ``河内``; the broken date is not part of it, so events there are located in 河内."""

from __future__ import annotations

from dyad import extract, to_record


def test_dateline_place_without_the_month_number() -> None:
    rec = to_record(
        extract("越南与老挝加强合作\n\n越通社河内月21日——越南外交部副部长黎文平9月20日在外交部会见老挝驻越大使通萨万。\n")
    )
    assert rec["dateline_place"] == "河内", rec["dateline"]
    assert [e["location"] for e in rec["events"] if e["section"] == "main"] == ["河内"], rec["events"]


def test_full_dateline_date_still_read() -> None:
    rec = to_record(extract("越南与老挝加强合作\n\n越通社河内9月21日——越南外交部副部长黎文平9月20日会见老挝驻越大使通萨万。\n"))
    assert rec["dateline_place"] == "河内", rec["dateline"]
