"""A former office told right after a verb of mourning (``悼念原国家主席X``) is no office held on the
day told: its years do not date the funeral (they once gave the years the mourned man held it)."""

from __future__ import annotations

from dyad import extract


def test_mourned_former_president_dates_nothing() -> None:
    page = (
        "各国代表团吊唁并悼念原国家主席阮明哲\n\n"
        "越通社河内——5月4日至5日,各国代表团前来吊唁。\n\n越通社\n"
    )
    doc = extract(page)
    days = [t for t in doc.times if doc.text[t.span.start : t.span.end] == "5月4日至5日"]
    assert days, doc.times
    assert all(t.basis != "tenure" for t in days), days
