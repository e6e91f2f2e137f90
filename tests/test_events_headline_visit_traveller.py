"""A headline visit told by the travelling delegation or office alone (越南军事高级代表团对老挝进行正式
访问) takes as its source the one person of that side the body has holding talks in the country
visited: delegations are coded by their named leader."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(page: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_headline_delegation_visit_takes_the_leader_of_the_talks() -> None:
    evs = events_of(
        "越南军事高级代表团对老挝进行正式友好访问\n\n越通社河内——据越通社驻万象记者报道,8月30日,越南国防部长阮文甲大将"
        "在万象与老挝国防部长占沙蒙举行会谈。(越通社——VNA)\n"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [e["source"][0]["name"] for e in visits] == ["阮文甲"], evs


def test_headline_visit_with_two_travellers_in_the_body_keeps_the_delegation() -> None:
    evs = events_of(
        "越南军事高级代表团对老挝进行正式友好访问\n\n越通社河内——据越通社驻万象记者报道,8月30日,越南国防部长阮文甲大将"
        "在万象与老挝国防部长占沙蒙举行会谈。同日,越南国防部副部长黎文乙上将在万象会见老挝国防部副部长坎平。(越通社——VNA)\n"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert all(e["source"][0]["name"] != "阮文甲" for e in visits), evs
