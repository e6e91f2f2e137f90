"""A year-less day on a page that tells a death as its news (``就X逝世致唁电``, ``对X逝世表示哀悼``)
comes in the weeks after that death: the ``death`` rows of ``anniversaries.tsv`` give the day, so the
day is placed just after it; a death told as an anniversary (``逝世N周年``) or a look back
(``逝世后``) dates nothing this way, and the day of the death is never an act's own date."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _events(body: str, title: str = "外国领导人致唁电") -> list[dict[str, Any]]:
    rec = to_record(extract(f"{title}\n\n越通社河内——{body}\n"))
    return [e for e in rec["events"] if e["type"] != "OTHER"]


def test_condolences_on_a_known_death_take_its_year() -> None:
    evs = _events("10月7日,老挝国家主席坎代·西帕就武元甲大将逝世向越南国家主席阮文甲致唁电。")
    assert [e["date"] for e in evs] == ["2013-10-07"], evs


def test_a_day_early_in_the_next_year_follows_a_december_death() -> None:
    evs = _events("1月3日,越南国会主席陈文乙就曼德拉逝世向南非驻越南大使馆致唁电。")
    assert [e["date"] for e in evs] == ["2014-01-03"], evs


def test_condolence_visit_to_an_embassy() -> None:
    evs = _events(
        "10月5日上午,中国国务委员周立新代表中国政府赴越南驻中国大使馆敬献花圈,对原越共中央总书记杜梅逝世表示哀悼。",
        title="中国领导人吊唁杜梅",
    )
    assert [e["date"] for e in evs] == ["2018-10-05"], evs


def test_the_death_day_is_not_the_date_of_an_undated_message() -> None:
    evs = _events("越南国家主席阮文甲就朝鲜领导人金正日逝世向朝鲜劳动党中央委员会致唁电。")
    assert evs and all(e["date"] is None for e in evs), evs


def test_an_anniversary_of_the_death_is_not_the_news() -> None:
    evs = _events(
        "9月5日,越南驻老挝大使陈文丙会见老挝国会主席坎蓬·西萨瓦,双方回顾武元甲大将逝世后两国军队的合作。",
        title="越南驻老挝大使会见老挝国会主席",
    )
    assert all(not (e["date"] or "").startswith(("2013", "2014")) for e in evs), evs
