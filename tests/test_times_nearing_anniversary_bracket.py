"""``即将迎来建交50周年(1976-2026)``: an anniversary still ahead, its years in brackets after it. A
day told in a month after the tie's own day (23 February for Viet Nam and Ethiopia) falls in the year
before the anniversary, as it does when the brackets are not written. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_visit_after_the_ties_day_is_in_the_year_before_a_bracketed_anniversary() -> None:
    doc = page(
        "访问",
        ["埃塞俄比亚代表团于6月3日至5日访问越南。", "此访正值两国即将迎来建交50周年(1976-2026)之际。"],
    )
    t = tv(doc, "6月3日至5日")
    assert (t.start, t.end, t.basis) == ("2025-06-03", "2025-06-05", "anniversary")


def test_a_visit_before_the_ties_day_is_in_the_anniversary_year() -> None:
    doc = page(
        "访问",
        ["埃塞俄比亚代表团于1月10日至12日访问越南。", "此访正值两国即将迎来建交50周年(1976-2026)之际。"],
    )
    assert tv(doc, "1月10日至12日").start == "2026-01-10"


def test_a_bracketed_anniversary_told_as_held_keeps_its_year() -> None:
    doc = page(
        "访问",
        ["埃塞俄比亚代表团于6月3日至5日访问越南。", "今年恰逢两国建交50周年(1976-2026)。"],
    )
    assert tv(doc, "6月3日至5日").start == "2026-06-03"
