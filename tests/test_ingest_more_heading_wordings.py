"""The heading over the list of other articles is worded several ways across the site's years
(更多, 相关新闻, 延伸阅读, 推荐阅读, 相关报道...): every wording ends the article, and the lines
under it are teasers, never a paragraph or a teaser of their own. Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "heading", ["更多", "相关新闻", "延伸阅读", "推荐阅读", "相关报道", "推荐文章", "相关阅读:"]
)
def test_more_heading_wordings_cut_the_teasers(heading: str) -> None:
    text = (
        "越南外交部长会见秘鲁外交部长\n\n"
        "越通社河内——6月3日下午,越南外交部长黎氏秋会见了正在越南访问的秘鲁外交部长卡洛斯·门多萨。(越通社—VNA)\n"
        "越通社\n\n" + heading + "\n\n两国代表团合影。图自越通社\n\n越南与智利加强农业合作\n\n"
        "6月2日,越南农业部长与智利驻越南大使举行工作会谈。\n"
    )
    rec = to_record(extract(text))
    assert len(rec["related"]) == 1, rec["related"]
    assert rec["related"][0]["title"] == "越南与智利加强农业合作"
    teasers = [e for e in rec["events"] if e["section"] == "related"]
    assert len(teasers) == 1, teasers
