"""The year an agreement the story goes back to was reached (落实2031年所签署的协定) is background:
it gives no year to the story's day."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"甲市与中国乙省加强合作\n\n越通社甲市——{body}(完)\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_an_agreement_reached_in_a_year_dates_no_meeting() -> None:
    dates = _dates(
        "11月11日,胡志明市人民委员会副主席阮文安会见中国山东省副省长林志强一行。\n\n"
        "双方表示将继续落实2031年所签署的协定。"
    )
    assert dates and all(d is None for d in dates), dates


def test_a_plain_year_still_dates_the_meeting() -> None:
    dates = _dates(
        "2031年11月11日,胡志明市人民委员会副主席阮文安会见中国山东省副省长林志强一行。\n\n"
        "双方一致同意加强两地政府交流。"
    )
    assert "2031-11-11" in dates, dates
