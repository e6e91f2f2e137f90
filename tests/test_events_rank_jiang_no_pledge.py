"""``A大将与B上将向X赠送纪念品``: the 将 closing a military rank is no 将 (will) of a pledge; the
souvenirs stay no aid (they had become a pledge from the generals)."""

from __future__ import annotations

from dyad import extract, to_record


def test_general_giving_souvenirs_pledges_nothing() -> None:
    page = (
        "测试标题\n\n越通社河内——5月6日,越南国防部副部长阮文甲上将与老挝国防部副部长宋普·坎(Somphou Kham)少将"
        "向两国边境村代表赠送纪念品。(越通社——VNA)\n"
    )
    aid = [e for e in to_record(extract(page))["events"] if e["type"] == "AID"]
    assert aid == [], aid
