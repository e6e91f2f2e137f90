"""The NPT Review Conferences (recurring_meetings.tsv) date a year-less day told with them, also in
a teaser under 更多 whose page gives no year (not the main article's year)."""

from __future__ import annotations

from dyad import extract, to_record


def test_consultations_before_the_eleventh_conference_take_the_year_before_it() -> None:
    text = (
        "越南代表出席会议\n\n越通社河内——2019年5月3日,越南代表出席地区论坛。(完)\n越通社\n\n更多\n\n"
        "越南大使主持第十一届《不扩散核武器条约》审议大会筹备磋商\n\n"
        "11月24日至26日,第十一届《不扩散核武器条约》审议大会指定主席、越南大使黎文松在维也纳主持了与各缔约国的磋商。\n"
    )
    rec = to_record(extract(text))
    told = [e for e in rec["events"] if e["section"] == "related"]
    assert told and all((e["date"] or "").startswith("2025-11-24") for e in told), told
