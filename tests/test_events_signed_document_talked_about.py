"""``谈到刚签署的《…协定》,X表示…``: a document talked about, named with its signing, is no signing told."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_document_talked_about_is_no_signing() -> None:
    body = (
        "5月3日,智利众议长卡罗尔·卡里奥拉会见越南驻智利大使阮明秋。谈到刚签署的《区域全面经济伙伴关系协定》,"
        "阮明秋大使表示,该协定是扩展经贸合作的良机。"
    )
    text = f"越南大使会见智利议员\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    assert not [e for e in evs if e["type"] == "AGREE"], evs
    assert [e for e in evs if e["mode"] == "meeting"], evs
