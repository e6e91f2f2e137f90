"""A general's rank ending his name before 于 (``阮文甲大将于11月19日拜会…``) is no 将 of the
future: the day is told, not planned, so ``同日`` after it takes that day.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _dates(first: str) -> list[str | None]:
    page = (
        f"会见\n\n越通社河内——{first}\n\n宋乙·丰丙表示欢迎。\n\n"
        "同日,阮文甲拜会了老挝总理宋丁·西戊。(完)\n"
    )
    return [e["date"] for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]


def test_same_day_after_a_generals_dated_call_takes_that_day() -> None:
    assert _dates("越南国防部长阮文甲大将于2024年11月19日拜会了老挝国家主席宋乙·丰丙。") == [
        "2024-11-19",
        "2024-11-19",
    ]


def test_a_lieutenant_general_too() -> None:
    assert _dates("越南国防部副部长阮文甲中将于2024年11月19日拜会了老挝国家主席宋乙·丰丙。") == [
        "2024-11-19",
        "2024-11-19",
    ]
