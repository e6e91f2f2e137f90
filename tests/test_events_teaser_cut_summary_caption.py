"""The last teaser of an excerpt whose summary is cut mid-sentence, its title telling no event, is
read from its photo caption (``A与B举行会谈。图自越通社``); a cut summary that opens with someone's
view (``某国媒体认为,…``) tells a commentary and stays OTHER."""

from __future__ import annotations

from dyad import extract, to_record

HEAD = "标题\n\n越通社河内——黎明山会见了某国大使。(完)\n越通社\n\n更多\n\n"


def _related(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["section"] == "related"]


def test_cut_summary_reads_caption() -> None:
    page = HEAD + (
        "越共中央政治局委员、外交部长、特使陈光辉与老挝外交部长宋沙瓦举行会谈。图自越通社\n\n"
        "推动越老双边关系向更深层次方向发展\n\n"
        "据越通社记者报道,在对老挝进行访问、通报越\n"
    )
    rel = _related(page)
    assert [(e["type"], e["mode"]) for e in rel] == [("CONSULT", "talks")], rel
    assert [s["name"] for s in rel[0]["source"]] == ["陈光辉"], rel


def test_cut_summary_with_a_view_stays_other() -> None:
    page = HEAD + (
        "越南政府总理陈光辉与某国总统出席农业合作谅解备忘录签署仪式。图自越通社\n\n"
        "越南坚定支持非洲提升国际地位\n\n"
        "某国媒体认为,陈光辉总理此访以及与该国达成的协议标志着双边关系进入新阶\n"
    )
    assert [e["type"] for e in _related(page)] == ["OTHER"], _related(page)
