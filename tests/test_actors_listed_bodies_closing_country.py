"""Bodies listed and closed by the country they belong to (``…、中央组织部等柬埔寨中央机构``) are
that country's: a bare name the lexicon knows as a Vietnamese party body (中央组织部, 中央对外部)
is read as the listed country's body. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def _sources(page: str) -> list[tuple[str, str | None]]:
    rec = to_record(extract(page.encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "main"]
    return [(a["name"], a["country"]) for a in ev["source"]]


def test_bare_party_bodies_take_the_country_closing_the_list() -> None:
    page = (
        "柬埔寨机构看望越南大使馆\n\n"
        "越通社金边——5月12日,柬埔寨外交部、中央组织部、中央对外部等柬埔寨中央机构来到越南驻金边大使馆,"
        "向大使馆全体工作人员致以节日的问候。(完)\n"
    )
    sources = _sources(page)
    assert ("中央组织部", "KHM") in sources
    assert ("中央对外部", "KHM") in sources
    assert all(country == "KHM" for _name, country in sources)


def test_bare_party_body_without_a_closing_country_stays_vietnamese() -> None:
    page = (
        "越南机构看望大使馆\n\n"
        "越通社金边——5月12日,越南外交部、中央对外部等机构来到柬埔寨驻河内大使馆,"
        "向大使馆全体工作人员致以节日的问候。(完)\n"
    )
    assert ("中央对外部", "VNM") in _sources(page)
