"""An anniversary's span in brackets after the celebration's words (周年纪念活动(A—B)) is the
anniversary's, not a day of the story: a teaser's year is not taken from its first year.
Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_teaser_year_not_from_the_first_year_of_an_anniversary_span() -> None:
    text = (
        "越南与老挝加强合作\n\n越通社河内——5月6日,越南国防部长邀请老挝代表团出席越南人民军建军"
        "79周年纪念活动(1944年12月22日—2023年12月22日)。(越通社——VNA)\n越通社\n更多\n"
        "越柬青年联欢\n越柬青年军官6月2日晚在西宁省举行联欢活动。\n"
    )
    rel = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert rel and all(not (e["date"] or "").startswith("194") for e in rel), rel
