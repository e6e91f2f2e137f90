"""A committee named by fields joined by 和 (and 、) after a state's or a province's legislature
(某州参议院能源、交通和通信委员会主席X) is one body of that state: the office is not cut at 和, it
keeps the state's country, and a 、 before the legislature still ends the office before it."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("before", "office"),
    [
        ("", "加州参议院交通和通信委员会主席"),
        ("州参议员、", "加州参议院能源、交通和通信委员会主席"),
    ],
)
def test_committee_fields_after_a_states_legislature(before: str, office: str) -> None:
    rec = to_record(
        extract(f"会见\n\n越通社河内——15日,越南国会副主席陈文乙会见了{before}{office}约翰·米勒(John Miller)。(越通社-VNA)\n")
    )
    met = [p for e in rec["events"] for p in e["source"] + e["target"] if p["name"] == "约翰·米勒"]
    assert met and all((p["title"], p["country"]) == (office, "USA") for p in met), met
