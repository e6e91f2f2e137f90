"""A day the two sides agreed to hold something on (双方同意于…举行, 商定在…之际举行) is to come: it
does not date a meeting told before it without a day of its own."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社万象——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_agreed_day_does_not_date_the_meeting() -> None:
    (ev,) = main_events("越南建设部副部长黎明获老挝国会主席巴妮·亚托杜接见。黎明表示,双方同意于2017年7月18日举行奠基仪式。")
    assert ev["date"] is None, ev


def test_agreed_anniversary_day_does_not_date_the_meeting() -> None:
    (ev,) = main_events("越南建设部副部长黎明获老挝国会主席巴妮·亚托杜接见。双方商定在2017.7.18纪念日之际举行奠基仪式。")
    assert ev["date"] is None, ev


def test_a_day_told_plainly_still_dates_the_meeting() -> None:
    evs = main_events("2017年7月18日,越南建设部副部长黎明获老挝国会主席巴妮·亚托杜接见。双方同意加强合作。")
    assert [e["date"] for e in evs] == ["2017-07-18"], evs


def test_agreeing_within_a_framework_leaves_a_later_year_alone() -> None:
    rec = to_record(extract(
        "测试标题\n\n越通社河内——5月3日,越南总理黎明会见菲律宾总统。双方同意在东盟框架内加强协调,"
        "根据1982年《联合国海洋法公约》解决争端。(越通社——VNA)\n"
    ))
    (year,) = [t for t in rec["times"] if t["text"] == "1982年"]
    assert year["planned"] is False, year
