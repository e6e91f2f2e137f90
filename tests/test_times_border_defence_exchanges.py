"""The yearly Viet Nam-China border defence friendship exchange is a numbered series
(``越中第N次边境国防友好交流活动``): a page naming the exchange by its number and telling its day
without a year is dated by the exchange's year. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"两国国防合作\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] != "OTHER"]


@pytest.mark.parametrize(
    ("name", "year"),
    [("越中第九次边境国防友好交流活动", "2025"), ("第八次越中边境国防友好交流活动", "2024"), ("第六届越中边境国防友好交流活动", "2021")],
)
def test_numbered_exchange_dates_a_yearless_day(name: str, year: str) -> None:
    evs = _main(
        f"{name}于4月20日上午正式启动。越南国防部部长陈文海大将与中国国防部部长李建国上将共同主持了本次交流框架下的系列活动。"
    )
    assert evs, evs
    assert all(e["date"] and e["date"].startswith(year) for e in evs), evs


def test_exchange_said_held_places_the_page_after_it() -> None:
    from dyad.extraction.time_knowledge import find_meetings

    text = "两国国防部成功举办越中第七次边境国防友好交流活动(2022年4月)。"
    (fact,) = find_meetings(text, 0, len(text))
    assert fact.cue == "after"


def test_exchange_being_prepared_places_the_page_before_it() -> None:
    from dyad.extraction.time_knowledge import find_meetings

    text = "关于越中第八次边境国防友好交流活动的协调配合工作,双方将尽快做好准备。"
    (fact,) = find_meetings(text, 0, len(text))
    assert fact.cue == "before"


def test_past_and_coming_exchanges_do_not_date_a_later_meeting_to_the_past_one() -> None:
    evs = _main(
        "3月6日上午,越南国防部副部长陈文海会见了中国驻越大使馆国防武官王建。"
        "陈文海祝贺中方成功举办2023年全国两会。两国国防部成功举办越中第七次边境国防友好交流活动(2022年4月)。"
        "关于越中第八次边境国防友好交流活动的协调配合工作,双方将尽快做好准备。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and all(not (e["date"] or "").startswith("2022") for e in meetings), evs
