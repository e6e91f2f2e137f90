"""The year-inference tables are well-formed data: headers, dates, partners, meeting templates."""

from __future__ import annotations

import pytest

from dyad.data import load_table
from dyad.extraction.time_knowledge import country_tokens, parse_iso

TABLES = ("relations", "anniversaries", "recurring_meetings", "yearly_roles", "eras")


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


def test_compound_abbreviations_are_unambiguous_or_a_declared_share() -> None:
    """A form two countries share (越新: Singapore, New Zealand; 越埃: Egypt, Ethiopia) reads as the
    first row unless the paragraph names the other; no other form may be shared by accident."""
    tokens = country_tokens()
    assert tokens["越"] == "VNM" and tokens["柬"] == "KHM" and tokens["古"] == "CUB"
    by_abbr: dict[str, list[str]] = {}
    for row in load_table("relations").rows:
        if row["abbr"] and row["country"] not in by_abbr.get(row["abbr"], []):
            by_abbr.setdefault(row["abbr"], []).append(row["country"])
    shared = {k: v for k, v in by_abbr.items() if len(v) > 1}
    assert shared == {
        "新": ["SGP", "NZL"],
        "埃": ["EGY", "ETH"],
        "阿": ["DZA", "ARG", "AZE"],
        "瑞": ["SWE", "CHE"],
        "乌": ["UKR", "UZB"],
        "尼": ["NPL", "NGA"],
        "伊": ["IRN", "IRQ"],
        "巴": ["PAK", "BRA", "PSE"],
    }
    assert tokens["新"] == "SGP" and tokens["埃"] == "EGY"
    assert tokens["阿"] == "DZA" and tokens["瑞"] == "SWE" and tokens["伊"] == "IRN"


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
            # a form without {n} is the series named bare (二十国集团(G20)峰会): fixed by its host only,
            # never a bare word that running text holds for other things
            assert "{n}" in alias or len(alias) >= 4, alias


def test_yearly_role_rows() -> None:
    pycountry = pytest.importorskip("pycountry")
    rows = load_table("yearly_roles").rows
    by_role: dict[str, dict[str, set[int]]] = {}
    for row in rows:
        assert row["key"] == f"{row['role']}:{row['country']}", row
        assert pycountry.countries.get(alpha_3=row["country"]) is not None, row
        years = {int(y) for y in row["years"].split("|")}
        assert all(1990 <= y <= 2030 for y in years), row
        by_role.setdefault(row["role"], {})[row["country"]] = years
    for role in by_role:  # every role states how the press writes it, on its first row
        assert any(r["aliases"] for r in rows if r["role"] == role), role
    held = by_role["asean-chair"]
    assert held["VNM"] >= {2010, 2020} and held["LAO"] >= {2016, 2024} and held["KHM"] >= {2012, 2022}
    for year in range(2000, 2027):  # one chair a year
        assert sum(year in ys for ys in held.values()) == 1, year
    assert by_role["unsc-member"]["VNM"] == {2008, 2009, 2020, 2021}
    assert by_role["unsc-member"]["IND"] >= {2021, 2022}
    assert by_role["apec-host"]["VNM"] >= {2006, 2017}
    for year in range(2000, 2027):  # ten elected seats a year
        assert sum(year in ys for ys in by_role["unsc-member"].values()) == 10, year


def test_era_rows() -> None:
    for row in load_table("eras").rows:
        s = parse_iso(row["start"])
        assert s is not None and row["aliases"].strip(), row
        if row["end"]:
            e = parse_iso(row["end"])
            assert e is not None and s[0] <= e[1], row
    covid = next(r for r in load_table("eras").rows if r["key"] == "covid-19")
    assert (covid["start"], covid["end"]) == ("2020-01", "2023") and "期间" in covid["past"].split("|")
