"""Real-page audit (h91): a page with no dateline whose summary sits above the photo caption
(``…ảnh 1…图自越通社``) and whose first paragraph below it tells more (an invitation before, a
sentence after): the summary is the lead, the body starts below the photo. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_summary_above_the_photo_is_no_body() -> None:
    text = (
        "越南驻智利大使:国家主席访问智利意义重大\n\n越南国家主席阮明强从5月3日至5日对智利进行国事访问。\n"
        "越南驻智利大使:国家主席访问智利意义重大 ảnh 1越南驻智利大使黎文乙。图自越通社\n\n"
        "应智利总统的邀请,越南国家主席阮明强从5月3日至5日对智利进行国事访问。值此之际,越南驻智利大使黎文乙"
        "接受越通社记者的专访,介绍了两国关系的发展历程和此访的重要意义。\n\n"
        "黎文乙表示,两国自建交以来始终保持良好的传统友谊。(完)\n越通社\n"
    )
    rec = to_record(extract(text))
    assert rec["body"][0].startswith("应智利总统的邀请"), rec["body"][:1]
