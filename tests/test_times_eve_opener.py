"""A day told after the eve of the page's meeting (``会议前夕,1月16日下午,…``) is what the
same-day word of the next sentence means, not the meeting's day. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, lead: str) -> list[dict[str, Any]]:
    text = f"东盟经济部长会议在岘港举行\n\n{lead}\n\n越通社岘港——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_same_day_after_the_eve_of_the_meeting_keeps_the_eve() -> None:
    evs = _main(
        "3月9日上午,东盟经济部长非正式会议在岘港市举行。越南工贸部长陈俊英主持会议。"
        "今年是越南加入东盟25周年。\n\n"
        "会议前夕,3月8日下午,陈俊英在岘港会见了泰国商业部长朱林·拉萨纳威席。"
        "同日,陈俊英还会见了菲律宾贸工部长拉蒙·洛佩兹。",
        "3月9日上午,东盟经济部长非正式会议在岘港市举行。",
    )
    days = {
        p["name"]: e["date"] for e in evs if e["mode"] == "meeting" for p in e["source"] + e["target"]
    }
    assert days.get("朱林·拉萨纳威席") == "2020-03-08", days
    assert days.get("拉蒙·洛佩兹") == "2020-03-08", days
