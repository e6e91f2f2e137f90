"""A visit dated by its year and month right before its verb, told inside a remark on the story's
own visit (``此访目的还致力于落实X2019年5月底访问老挝期间达成的共识``), is that background visit;
the remark's own 此访 stays no event."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]


def test_dated_visit_inside_remark_on_this_trip() -> None:
    page = (
        "越南国家主席会见老挝国会主席\n\n"
        "越通社万象——黎明山表示,此访目的还致力于将越南政府总理陈光辉2019年5月底访问老挝期间"
        "两国领导人所达成的共识进一步具体化。(完)\n"
    )
    visits = _visits(page)
    assert [s["name"] for e in visits for s in e["source"]] == ["陈光辉"], visits
    assert visits[0]["date"] is None, visits


def test_undated_remark_on_this_trip_stays_out() -> None:
    page = "越南国家主席会见老挝国会主席\n\n越通社万象——黎明山表示,此访目的是访问老挝各地。(完)\n"
    assert not _visits(page), _visits(page)
