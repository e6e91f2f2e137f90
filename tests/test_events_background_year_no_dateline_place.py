"""A background event dated by a written year other than the story's (``两国于2019年12月签署了…
协定`` on a 2025 page) did not happen in the dateline city: its place stays null, as the
annotators code it; an event of the story's year keeps the dateline city."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = "两国总理举行会谈\n\n越通社河内——2025年4月2日,越南政府总理范明政同新加坡总理黄循财在河内举行会谈。\n\n{}\n"


def _signing(body: str) -> dict:
    events = to_record(extract(PAGE.format(body)))["events"]
    signed = [e for e in events if e["mode"] == "sign"]
    assert len(signed) == 1, events
    return signed[0]


def test_a_signing_of_another_year_has_no_dateline_place() -> None:
    assert _signing("两国于2019年12月签署了关于数字经济合作的谅解备忘录。")["location"] is None


def test_a_signing_of_the_story_year_keeps_the_dateline() -> None:
    assert _signing("两国于2025年4月签署了关于数字经济合作的谅解备忘录。")["location"] == "河内"
