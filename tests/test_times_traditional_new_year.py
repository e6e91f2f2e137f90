"""A traditional new year of another calendar (Lao, Khmer, Thai: mid-April) is not January 1."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(text: str) -> list[str | None]:
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _page(occasion: str) -> str:
    return (
        "越南领导人致信祝贺甲国传统新年\n\n"
        f"越通社河内——值此{occasion}之际,越南国家主席阮文安向甲国总统卡诺·比拉致贺信。\n\n"
        "阮文安在贺信中祝贺卡诺·比拉于2031年3月当选总统,祝愿甲国人民幸福。(完)\n"
    )


def test_a_traditional_new_year_dates_no_message() -> None:
    dates = _dates(_page("甲国传统新年(Pii Noy)"))
    assert dates and all(d is None for d in dates), dates


def test_a_traditional_new_year_without_a_gloss_dates_no_message() -> None:
    dates = _dates(_page("甲国传统新年"))
    assert dates and all(d is None for d in dates), dates
