"""The year-inference tables are well-formed data: headers, dates, partners, meeting templates."""

from __future__ import annotations

import pytest

from dyad.data import load_table
from dyad.extraction.time_knowledge import country_tokens, parse_iso

TABLES = ("relations", "anniversaries", "recurring_meetings")


@pytest.mark.parametrize("name", TABLES)
def test_header_says_where_the_data_comes_from(name: str) -> None:
    meta = load_table(name).meta
    for key in ("source", "date", "version", "about"):
        assert meta.get(key), f"{name}.tsv lacks '# {key}:'"


def test_relations_rows() -> None:
    rows = load_table("relations").rows
    seen = set()
    for row in rows:
        assert row["partner"] in {"VNM", "CHN"}
        assert len(row["country"]) == 3 and row["country"].isupper()
        assert parse_iso(row["established"]) is not None, row
        assert row["source"]
        assert (row["country"], row["partner"]) not in seen
        seen.add((row["country"], row["partner"]))
    known = {(r["country"], r["partner"]): r["established"] for r in rows}
    assert known[("CHN", "VNM")] == "1950-01-18"
    assert known[("KHM", "VNM")] == "1967-06-24"
    assert known[("LAO", "VNM")] == "1962-09-05"
    assert known[("FRA", "VNM")] == "1973-04-12"
    assert known[("DEU", "VNM")] == "1975-09-23"
    assert known[("USA", "VNM")] == "1995-07-12"


def test_compound_abbreviations_are_unambiguous() -> None:
    tokens = country_tokens()
    assert tokens["越"] == "VNM" and tokens["柬"] == "KHM" and tokens["古"] == "CUB"
    by_abbr: dict[str, set[str]] = {}
    for row in load_table("relations").rows:
        if row["abbr"]:
            by_abbr.setdefault(row["abbr"], set()).add(row["country"])
    assert all(len(v) == 1 for v in by_abbr.values()), {k: v for k, v in by_abbr.items() if len(v) > 1}


def test_anniversary_rows() -> None:
    kinds = {"founding", "birth", "death", "national-day", "event", "partnership"}
    keys = set()
    for row in load_table("anniversaries").rows:
        assert row["kind"] in kinds, row
        assert parse_iso(row["date"]) is not None, row
        assert row["aliases"].strip(), row
        assert row["key"] not in keys
        keys.add(row["key"])


def test_meeting_rows() -> None:
    rows = load_table("recurring_meetings").rows
    series_with_aliases = {r["name"] for r in rows if r["aliases"]}
    for row in rows:
        assert row["name"] in series_with_aliases, row  # every series states its templates once
        s, e = parse_iso(row["start"]), parse_iso(row["end"] or row["start"])
        assert s is not None and e is not None and s[0] <= e[1], row
        assert int(row["ordinal"]) > 0
        for alias in filter(None, row["aliases"].split("|")):
            assert "{n}" in alias, alias
