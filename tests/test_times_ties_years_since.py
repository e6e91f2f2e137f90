"""``越澳建交40年来``: the years counted since two countries set up relations give the page's year as
``建交40周年`` does (base year of the relations plus N); vaguer counts give none."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"澳大利亚工党代表团访问越南\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _visit_date(body: str) -> str | None:
    visits = [e for e in _main_events(body) if e["mode"] == "visit"]
    assert visits, _main_events(body)
    return visits[0]["date"]


def test_years_since_ties_date_the_visit() -> None:
    body = (
        "应越南共产党中央委员会的邀请,澳大利亚工党副主席约翰·斯坦利率领的代表团5月3日至7日对越南进行访问。"
        "双方对越澳建交40年来两国关系取得的进展给予高度评价。"
    )
    assert _visit_date(body) == "2013-05-03/2013-05-07"


def test_many_years_since_ties_give_no_year() -> None:
    body = (
        "应越南共产党中央委员会的邀请,澳大利亚工党副主席约翰·斯坦利率领的代表团5月3日至7日对越南进行访问。"
        "双方对越澳建交多年来两国关系取得的进展给予高度评价。"
    )
    assert _visit_date(body) is None


def test_years_of_cooperation_give_no_year() -> None:
    body = (
        "应越南共产党中央委员会的邀请,澳大利亚工党副主席约翰·斯坦利率领的代表团5月3日至7日对越南进行访问。"
        "双方对两党合作40年来取得的进展给予高度评价。"
    )
    assert _visit_date(body) is None
