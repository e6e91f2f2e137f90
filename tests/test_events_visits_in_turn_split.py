"""Two visitors listed before 先后 or 分别 and the visit verb (``去年A和B先后访问老挝``) each made a
visit of his own: one visit event per visitor, not one with both as its source."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]


def test_visitors_in_turn_are_two_visits() -> None:
    page = (
        "某国高度重视越南领导人访问\n\n"
        "越通社万象——社评中写道,2019年越南政府总理陈光辉和越南国会主席黎明山先后访问老挝,"
        "这被看成是一个重要姿态。(完)\n"
    )
    visits = _visits(page)
    assert sorted(tuple(s["name"] for s in e["source"]) for e in visits) == [("陈光辉",), ("黎明山",)], visits


def test_one_delegation_of_two_leaders_stays_one_visit() -> None:
    page = (
        "某国领导人访问越南\n\n"
        "越通社河内——老挝国家主席本松和夫人于5月3日至5日对越南进行国事访问。(完)\n"
    )
    visits = _visits(page)
    assert len(visits) == 1, visits
