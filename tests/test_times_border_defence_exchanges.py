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
