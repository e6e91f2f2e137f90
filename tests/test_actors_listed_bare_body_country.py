"""A body the lexicon knows by no country (参议院, 国会) listed after bodies of one country
(``泰国民主党、参议院…``, ``柬埔寨人民党中央委员会、国会以及…``) is that country's. A mission named
with 驻 keeps its own reading. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def _sides(page: str) -> list[tuple[str, str | None]]:
    rec = to_record(extract(page.encode("utf-8")))
    return [(a["name"], a["country"]) for e in rec["events"] for a in e["source"] + e["target"]]


def test_bare_legislature_listed_after_a_foreign_party_takes_its_country() -> None:
    page = (
        "柬埔寨领导人致贺电\n\n越通社河内——柬埔寨人民党中央委员会、国会以及柬埔寨团结发展阵线全国委员会"
        "向越南共产党中央委员会致贺电。(完)\n"
    )
    assert ("国会", "KHM") in _sides(page)


def test_bare_body_in_a_list_of_two_countries_stays_unread() -> None:
    page = (
        "两国机构致贺电\n\n越通社河内——柬埔寨人民党中央委员会、泰国外交部、国会"
        "向越南共产党中央委员会致贺电。(完)\n"
    )
    assert ("国会", "KHM") not in _sides(page)
    assert ("国会", "THA") not in _sides(page)
