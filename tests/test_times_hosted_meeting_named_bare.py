"""A series named without its number and the place it was held (在南非出席二十国集团(G20)峰会) is the one
meeting of the series held there: it dates a year-less day of a teaser under 更多 (not the main
article's year); a place that held none of them dates nothing."""

from __future__ import annotations

from dyad import extract, to_record


def _teaser_dates(summary: str) -> list[str | None]:
    text = (
        "越南外长会见老挝大使\n\n越通社河内——2019年5月3日,越南外交部长黎文松会见老挝驻越南大使宋沙平。(完)\n越通社\n\n更多\n\n"
        f"越南总理出席峰会期间会见多国领导\n\n{summary}\n"
    )
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "related" and e["type"] != "OTHER"]


def test_the_summit_held_in_the_country_named_dates_the_teaser() -> None:
    dates = _teaser_dates("当地时间11月22日上午,在南非出席二十国集团(G20)峰会期间,越南政府总理阮文甲会见了印度总理甲乙丙。")
    assert dates == ["2025-11-22"], dates


def test_a_place_that_held_none_of_them_dates_nothing() -> None:
    dates = _teaser_dates("当地时间11月22日上午,在老挝出席二十国集团(G20)峰会期间,越南政府总理阮文甲会见了印度总理甲乙丙。")
    assert dates != ["2025-11-22"], dates
