"""A gift that one country's own bodies hand, at home, to a person of that same country (a front's
chairman in Hanoi receiving what a Vietnamese ministry collected for flood victims) is domestic
news, no AID between two sides; a gift to a person of another country stays, and so does a gift
handed over abroad."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    text = f"甲乙两国友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]


def test_home_gift_to_own_official_is_no_aid() -> None:
    assert not _aid("10月9日上午,越南祖国阵线中央委员会主席黎文丙在河内接受由越南交通运输部全体干部为中部洪水灾民捐献的善款。")


def test_gift_to_foreign_official_stays() -> None:
    evs = _aid("10月9日上午,越南红十字会主席黎文丙在河内向老挝驻越南大使坎平·西萨移交10万美元的援助款项。")
    assert evs
