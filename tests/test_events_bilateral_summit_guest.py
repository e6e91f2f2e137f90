"""A guest who came to attend a summit: a two-country summit named by short forms
(``第二次朝美领导人会晤``) is the two leaders' meeting, no forum attended; a multilateral one is
attended by the guest, not by the city named after ``前来``; ``领导人第N次会晤`` is a summit's name,
no meeting held. A visit recalled by its month inside a ``这是X继…访问后`` statement is a
background visit."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"越南领导人会见外国贵宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_guest_of_a_two_country_summit_attends_no_forum() -> None:
    evs = _main_events(
        "2018年6月11日,前来新加坡出席首次朝美领导人会晤的美国总统唐纳德·特朗普会见了新加坡总理李显龙。"
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs
    assert [e for e in evs if e["mode"] == "meeting" and "唐纳德·特朗普" in _names(e["source"])], evs


def test_guest_not_the_city_attends_a_numbered_summit() -> None:
    evs = _main_events(
        "2024年10月22日,前来喀山出席金砖国家领导人第十六次会晤的印度总理纳伦德拉·莫迪会见了俄罗斯总统普京。"
    )
    (att,) = [e for e in evs if e["mode"] == "multilateral"]
    assert _names(att["source"]) == ["纳伦德拉·莫迪"]
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1 and _names(meetings[0]["target"]) == ["普京"], evs


def test_visit_recalled_in_a_statement_by_its_month() -> None:
    evs = _main_events(
        "2019年2月27日,美国总统唐纳德·特朗普在河内会见了越南国家主席阮富仲。"
        "这是特朗普继2017年11月对越南进行国事访问后第二次来越。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1 and visits[0]["date"] is None, evs
    assert _names(visits[0]["source"]) == ["唐纳德·特朗普"]


def test_visit_recalled_in_a_statement_by_its_year_only() -> None:
    evs = _main_events(
        "2023年9月10日,美国总统乔·拜登在河内同越共中央总书记阮富仲举行会谈。"
        "这是拜登继2013年以副总统身份对越南进行访问后再次访越。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1 and visits[0]["date"] is None, evs
