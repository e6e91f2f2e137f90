"""A founding day told with its two sides after a comma (1973年4月12日,甲国与乙国建立大使级外交关系)
is the day relations began: it dates nothing else of the story, not the headline's visit either.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_founding_day_with_its_sides_after_a_comma_dates_no_headline() -> None:
    rec = to_record(
        extract(
            "甲国总统访越推动两国关系发展\n\n越通社河内——应越南国家主席阮文甲的邀请,甲国总统彼得·林(Peter Lin)"
            "将于9月5日至7日对越南进行国事访问。\n\n1973年4月12日,越南与甲国建立大使级外交关系。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert visits and all(e["date"] is None or not e["date"].startswith("1973") for e in visits), visits
    assert len(visits) == 1, visits

