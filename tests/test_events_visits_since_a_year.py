"""Visits summed up since a year (X以来,…均已访问越南; X是N年以来第三位…访问越南), in a clause with no
month or day, are a summary or a remark, no visit of their own; a visit told with its days stays."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    page = f"越智关系不断发展\n\n越通社河内——{body}\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["mode"] == "visit"]


def test_visits_summed_up_since_a_year_are_no_event() -> None:
    evs = _visits("两国高层交往频繁。2009年以来,智利总统、参议院议长、外长均已访问越南。")
    assert evs == [], evs


def test_a_remark_counting_visitors_since_a_year_is_no_second_visit() -> None:
    evs = _visits(
        "应越南国家主席阮文平的邀请,智利总统卡洛斯·罗哈斯于3月5日至7日对越南进行国事访问。"
        "罗哈斯是1995年以来第二位智利总统访问越南。"
    )
    assert len(evs) == 1, evs
    assert evs[0]["evidence"]["text"].startswith("应"), evs


def test_a_visit_since_a_year_with_its_days_stays() -> None:
    evs = _visits("建交以来,智利总统卡洛斯·罗哈斯3月5日至7日首次对越南进行国事访问。")
    assert len(evs) == 1, evs
