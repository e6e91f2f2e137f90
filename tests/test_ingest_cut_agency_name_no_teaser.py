"""A copy cut inside the agency's name printed after the signature (``(完)`` then ``越通`` on
the last line) has no list of other articles: the cut name is no teaser of its own."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "挪威媒体:首相访问泰国“极为重要”\n\n"
    "据越通社驻奥斯陆记者报道,4月28日,挪威媒体继续报道挪威首相访问泰国的消息。\n\n"
    "越通社河内——据越通社驻奥斯陆记者报道,4月28日,挪威媒体继续报道挪威首相访问泰国的消息。\n\n"
    "挪威通讯社详细报道了两国总理达成的共识。(完)\n\n越通\n"
)


def test_the_cut_agency_name_is_no_teaser() -> None:
    rec = to_record(extract(PAGE))
    assert rec["related"] == [], rec["related"]
    assert not [e for e in rec["events"] if e["section"] == "related"], rec["events"]


def test_a_full_title_after_the_signature_is_still_a_teaser() -> None:
    page = PAGE.replace("越通\n", "越通社\n\n更多\n\n挪威首相会见泰国总理\n\n4月29日,挪威首相在曼谷会见了泰国总理。\n")
    assert len(to_record(extract(page))["related"]) == 1
