"""A gift passed between bodies and people of Viet Nam at home (a home agency's staff giving to the
Fatherland Front for the country's own flood victims) is domestic charity, no aid between two sides;
an embassy's gift to a body abroad stays."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str, dateline: str = "河内") -> list[dict]:
    page = f"祖国阵线接受各单位捐款\n\n越通社{dateline}——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_a_home_agency_giving_to_the_home_front_is_no_aid_event() -> None:
    evs = _aid("11月3日上午,越南祖国阵线中央委员会主席黎文安在河内接受由越南国家银行全体干部为越南中部洪水灾民捐献的善款。")
    assert evs == [], evs


def test_an_embassy_gift_abroad_stays() -> None:
    evs = _aid("联欢会上,越南驻老挝大使阮文平向老越友好协会会长坎西·本玛移交了3万美元的慰问金。", "万象")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["阮文平"], evs


def test_a_gift_from_abroad_stays() -> None:
    evs = _aid("11月3日上午,越南祖国阵线中央委员会主席黎文安在河内接受老挝驻越南大使坎西·本玛转交的老挝政府为越南中部洪水灾民捐赠的10万美元。")
    assert len(evs) == 1, evs
