"""A photo credit written ``图片:越通社发`` ends a caption like ``图自越通社``: a teaser's photo line,
so the title and the (cut) summary after it are one teaser. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.ingest.layout import is_caption


def test_tupian_credit_is_a_caption() -> None:
    assert is_caption("2024年9月台风过后河江省多座房屋受损。图片:越通社发")


def test_teaser_with_tupian_caption_keeps_its_cut_summary() -> None:
    text = (
        "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
        "2024年9月台风过后河江省多座房屋受损。图片:越通社发\n\n河江省接受国际援助 帮助灾民\n\n"
        "河江省人民委员会10月2日透露,该省已批准接收由某基金会提\n"
    )
    rec = to_record(extract(text))
    assert len(rec["related"]) == 1, rec["related"]
