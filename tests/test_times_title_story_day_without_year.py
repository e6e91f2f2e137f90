"""A title dated by the story's first day: when that day has no year the page fixes, a later day
with a year (history the text recalls) does not date the title. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_title_does_not_borrow_a_recalled_historical_day() -> None:
    body = (
        "3月14日,在首都金边,柬埔寨首相洪森会见由越南驻柬埔寨大使阮明武率领的代表团。"
        "洪森回顾了1979年1月7日的胜利。"
    )
    text = f"柬埔寨首相会见越南驻柬埔寨大使\n\n越通社金边——{body}(越通社——VNA)\n越通社\n"
    events = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert events, events
    assert all(e["date"] != "1979-01-07" for e in events), events
