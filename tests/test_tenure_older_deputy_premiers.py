"""The 2011-2016 deputy prime ministers (阮春福, 武文宁, 黄忠海) have their terms in tenure.tsv: an
undated meeting of one of them is not moved into the year of a 2025 teaser under 更多."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("who", ["武文宁", "黄忠海", "阮春福"])
def test_an_older_deputy_premier_vetoes_a_teaser_year(who: str) -> None:
    text = (
        f"越南副总理会见英国客人\n\n9月9日下午,越南政府副总理{who}在伦敦会见了英国首相特使约翰·史密斯勋爵。"
        "(完)\n越通社\n\n更多\n\n越南举行研讨会\n\n2025年12月5日,越南外交部在河内举行研讨会。\n"
    )
    meetings = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert meetings, meetings
    assert not (meetings[0]["date"] or "").startswith("2025"), meetings


@pytest.mark.parametrize(
    "host",
    ["意大利总理马泰奥·伦齐", "澳大利亚总理托尼·阿博特", "朝鲜劳动党第一书记金正恩", "朝鲜最高人民会议常任委员会委员长金永南"],
)
def test_older_foreign_leaders_veto_a_teaser_year(host: str) -> None:
    text = (
        f"越南代表团访问外国\n\n11月5日下午,越南国会副主席黎文甲率领的代表团拜会了{host}。"
        "(完)\n越通社\n\n更多\n\n越南举行研讨会\n\n2025年12月5日,越南外交部在河内举行研讨会。\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert evs, evs
    assert not (evs[0]["date"] or "").startswith("2025"), evs
