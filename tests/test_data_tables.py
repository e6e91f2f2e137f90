"""Integrity checks for the domain-knowledge tables in ``src/dyad/data`` (see its README.md)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from dyad.data import load_table, table_names

TABLES = table_names()

# Key columns of each table; every other table is keyed by its first column.
KEYS: dict[str, tuple[str, ...]] = {
    "tenure": ("person", "office", "start"),
    "relations": ("country", "partner"),
    "recurring_meetings": ("name", "ordinal"),
    "competitions": ("name", "edition"),
}
# Tables with an ISO alpha-3 country column, and the column's name.
ISO_COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3",),
    "places": ("country",),
    "organisations": ("country",),
    "sides": ("country",),
    "tenure": ("country",),
}
# Codes that are deliberately not ISO 3166 (user-assigned).
NON_ISO = {"XKX"}
SECTORS = {"GOV", "PTY", "LEG", "DIP", "MIL", "LOC", "IGO", "NGO", "MED", "BUS", "EDU", "JUD", "SPY", "REL", "CVL"}
OFFICE_KINDS = {
    "head_of_state", "head_of_government", "foreign_minister", "party_leader", "legislature_head",
    "ambassador", "minister", "deputy", "local_leader", "military", "other",
}
PLACE_KINDS = {"capital", "city", "province", "region", "district"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _key(table: str, row: dict[str, str], first: str) -> tuple[str, ...]:
    return tuple(row[c] for c in KEYS.get(table, (first,)))


def test_expected_tables_are_shipped():
    for name in ("countries", "places", "organisations", "offices", "surnames", "translit_chars", "sides", "tenure"):
        assert name in TABLES


@pytest.mark.parametrize("name", TABLES)
def test_table_loads_with_header(name):
    table = load_table(name)
    for key in ("source", "date", "version"):
        assert table.meta.get(key), f"{name}.tsv lacks '# {key}:'"
    dt.date.fromisoformat(table.meta["date"])
    assert table.rows, f"{name}.tsv has no rows"
    assert all(c for c in table.columns), f"{name}.tsv has an empty column name"


@pytest.mark.parametrize("name", TABLES)
def test_header_lines_are_not_repeated(name):
    """A union merge of two branches can keep both sides' ``# version:`` or ``# columns:`` line."""
    from importlib.resources import files

    lines = files("dyad.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    heads = Counter(m.group(1) for line in lines if (m := re.match(r"# (\w+):", line)))
    assert all(n == 1 for n in heads.values()), f"{name}.tsv repeats a header line: {heads}"


@pytest.mark.parametrize("name", TABLES)
def test_keys_are_unique_and_present(name):
    table = load_table(name)
    first = table.columns[0]
    keys = [_key(name, row, first) for row in table.rows]
    assert all(k[0] for k in keys), f"{name}.tsv has a row with an empty key"
    dups = [k for k, n in Counter(keys).items() if n > 1]
    assert not dups, f"{name}.tsv duplicate keys: {dups[:10]}"


@pytest.mark.parametrize("name", sorted(set(ISO_COLUMNS) & set(TABLES)))
def test_iso3_codes_exist(name):
    pycountry = pytest.importorskip("pycountry", reason="pycountry not installed: ISO codes not checked")
    table = load_table(name)
    bad = set()
    for row in table.rows:
        for col in ISO_COLUMNS[name]:
            for code in filter(None, (c.strip() for c in row[col].split("|"))):
                if code not in NON_ISO and pycountry.countries.get(alpha_3=code) is None:
                    bad.add(code)
    assert not bad, f"{name}.tsv unknown ISO alpha-3 codes: {sorted(bad)}"


def test_countries_have_a_chinese_name_and_unique_short_forms():
    rows = load_table("countries").rows
    assert len(rows) >= 199  # 193 UN members + TWN HKG MAC PSE VAT XKX
    shorts = Counter(s for r in rows for s in r["short"].split("|") if s)
    assert not [s for s, n in shorts.items() if n > 1]
    for iso, zh in [("VNM", "越南"), ("KHM", "柬埔寨"), ("LAO", "老挝"), ("CHN", "中国"), ("FRA", "法国"), ("USA", "美国"),
                    ("RUS", "俄罗斯"), ("BLR", "白俄罗斯"), ("LKA", "斯里兰卡"), ("VEN", "委内瑞拉"), ("AZE", "阿塞拜疆")]:
        assert any(r["iso3"] == iso and r["zh"] == zh for r in rows), iso
    assert all(r["sector_hint"] in SECTORS for r in rows)


def test_names_do_not_clash_across_geo_tables():
    """Names and aliases of countries, places, organisations and sides share one matcher."""
    seen: dict[str, str] = {}
    clashes = []
    for table, cols in (("countries", ("zh", "aliases")), ("places", ("name", "aliases")),
                        ("organisations", ("name", "aliases")), ("sides", ("word",))):
        for row in load_table(table).rows:
            keys = {k.strip() for c in cols for k in row[c].split("|") if k.strip()}
            for k in keys:
                if k in seen:
                    clashes.append((k, seen[k], table))
                seen[k] = table
    assert not clashes, clashes[:20]


def test_places_are_consistent():
    rows = load_table("places").rows
    names = {r["name"] for r in rows}
    assert all(r["kind"] in PLACE_KINDS for r in rows)
    assert not [r["name"] for r in rows if r["parent"] and r["parent"] not in names]
    vn = [r for r in rows if r["country"] == "VNM" and r["kind"] in ("province", "city", "capital") and not r["parent"]]
    assert len(vn) == 34, "34 provincial-level units since 2025-07-01"
    abolished = [r for r in rows if r["country"] == "VNM" and r["kind"] == "province" and r["parent"]]
    assert len(vn) + len(abolished) == 63 + 1, "63 units before the merger (+ 顺化市, a city since 2025-01)"


def test_organisations_offices_and_sides_use_known_codes():
    assert all(r["sector"] in SECTORS for r in load_table("organisations").rows)
    offices = load_table("offices").rows
    assert len(offices) >= 150
    assert all(r["sector"] in SECTORS and r["kind"] in OFFICE_KINDS and r["rank"].isdigit() for r in offices)
    sides = {r["word"]: r["country"] for r in load_table("sides").rows}
    assert sides["中方"] == "CHN" and sides["越方"] == "VNM" and sides["双方"] == ""


def test_surnames_and_translit_chars():
    origins = {r["surname"]: r["origin"] for r in load_table("surnames").rows}
    assert set(origins.values()) <= {"vn", "cn", "ko", "ja", "mixed"}
    for s in ("阮", "黎", "陈", "范", "欧阳", "山田"):
        assert s in origins
    chars = [r["char"] for r in load_table("translit_chars").rows]
    assert all(len(c) == 1 for c in chars)
    assert len(chars) >= 400


def test_tenure_dates_parse_and_are_ordered():
    rows = load_table("tenure").rows
    for row in rows:
        assert ISO_DATE.match(row["start"]), row
        start = dt.date.fromisoformat(row["start"])
        if row["end"]:
            assert ISO_DATE.match(row["end"]), row
            assert start <= dt.date.fromisoformat(row["end"]), row
        assert row["source"], row
        assert "|" not in row["person"], "one written form per row"
    people = {r["person"] for r in rows}
    for name in ("范明政", "阮富仲", "苏林", "习近平", "王毅", "洪森", "通伦·西苏里"):
        assert name in people


@pytest.mark.parametrize("name", TABLES)
def test_date_columns_parse(name):
    """Any column named start/end/date/established holds ISO dates (or partial YYYY / YYYY-MM)."""
    table = load_table(name)
    cols = [c for c in table.columns if c in ("start", "end", "date", "established")]
    for row in table.rows:
        for col in cols:
            value = row[col]
            if not value:
                continue
            assert re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value), f"{name}.tsv {col}={value!r}"
            if len(value) == 10:
                dt.date.fromisoformat(value)
