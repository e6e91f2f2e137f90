"""A teaser's title and summary may name one body two ways (越共中央委员会 in the title, 越南共产党中央委员会
in the summary): the headline event keeps it once. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def test_one_body_named_two_ways_is_one_source() -> None:
    teaser = (
        "越共中央委员会致电祝贺古巴共产党代表大会召开\n\n"
        "值此古巴共产党召开全国代表大会之际,越南共产党中央委员会于4月16日向古巴共产党中央委员会致贺电。\n"
    )
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    assert ev["type"] == "SUPPORT"
    assert len(ev["source"]) == 1 and ev["source"][0]["country"] == "VNM"
