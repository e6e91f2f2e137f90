"""``X省拨款支持在老挝…建设…,总价值达N越南盾``: a province's money for works in a neighbour
country is aid, dated or with an amount as the conventions ask; money for its own people is not."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(text: str) -> list[tuple[list[str], list[str | None], int | None]]:
    return [
        ([m["name"] for m in e["source"]], [m["country"] for m in e["target"]], (e["amount"] or {}).get("value"))
        for e in to_record(extract(text))["events"]
        if e["section"] == "main" and e["type"] == "AID"
    ]


def test_money_allocated_for_works_abroad_is_aid() -> None:
    text = (
        "莱州省与老挝丰沙里省的合作成效显著\n\n越通社莱州省——莱州省与老挝丰沙里省建立友好关系已有多年。\n\n"
        "2021年初,莱州省拨款支持在老挝丰沙里省边境村庄建设12所学校,总价值达30亿越南盾。(越通社-VNA)\n越通社\n"
    )
    assert _aid(text) == [(["莱州省"], ["LAO"], 3_000_000_000)]


def test_money_allocated_at_home_is_no_aid() -> None:
    text = (
        "越南政府拨款帮助中部灾民\n\n越通社河内——10月5日,越南政府拨款支持广平省受灾群众恢复生产,"
        "总额达500亿越盾。(越通社-VNA)\n越通社\n"
    )
    assert _aid(text) == []
