"""A teaser whose photo line is a dated sentence with no credit (``2025年3月1日,X会见了Y。``), then its
title, then a summary the crawl cut before its verb ends (``…将于5月6日率…代表团对柬埔寨进行国事``):
one teaser, the cut line its summary, not a second teaser. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_dated_caption_title_and_cut_summary_are_one_teaser() -> None:
    text = (
        "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
        "2025年3月1日,越南国家主席陈甲在主席府会见了柬埔寨参议院主席谢辛。\n\n"
        "陈甲主席访柬为两国友谊注入新动力\n\n"
        "越南国家主席陈甲将于5月6日率越南高级代表团对柬埔寨王国进行国事\n"
    )
    rec = to_record(extract(text))
    assert len(rec["related"]) == 1, rec["related"]
    assert rec["related"][0]["summary"], rec["related"]
