"""A royal couple written with both titles after the names, and a visit recalled as 去年."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, city: str = "曼谷") -> list[dict[str, Any]]:
    text = f"越南领导人出访\n\n越通社{city}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_couple_with_titles_after_both_names_receives_the_guest_together() -> None:
    evs = _main(
        "应日本参议院议长的邀请,越南国会主席阮氏金银于12月9日至12日对日本进行正式访问。"
        "12月10日上午,日本天皇明仁和皇后美智子在东京皇宫为阮氏金银举行欢迎仪式。随后,明仁天皇和美智子皇后会见了阮氏金银主席一行。",
        "东京",
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1, meetings
    assert sorted(p["name"] for p in meetings[0]["target"]) == ["明仁", "美智子"]


def test_a_visit_recalled_as_last_year_is_a_background_visit() -> None:
    evs = _main(
        "应泰国国会主席的邀请,越南国会主席王廷惠于10月11日至13日对泰国进行正式访问。"
        "10月12日,泰国总理赛塔·他威信会见了王廷惠。赛塔·他威信回顾了去年对越南进行正式访问时的深刻印象。"
    )
    recalled = [e for e in evs if e["mode"] == "visit" and any(p["name"] == "赛塔·他威信" for p in e["source"])]
    assert len(recalled) == 1, evs
    assert [p["name"] for p in recalled[0]["target"]] == ["越南"]


def test_a_couple_hosting_a_state_banquet_are_both_hosts() -> None:
    evs = _main(
        "应日本参议院议长的邀请,越南国会主席阮氏金银于12月9日至12日对日本进行正式访问。"
        "12月10日上午,日本天皇明仁和皇后美智子在东京皇宫为阮氏金银举行欢迎仪式。"
        "当天晚上,明仁天皇和美智子皇后设国宴款待阮氏金银主席一行。",
        "东京",
    )
    banquet = [e for e in evs if "国宴" in e["evidence"]["text"]]
    assert len(banquet) == 1, evs
    assert sorted(p["name"] for p in banquet[0]["source"]) == ["明仁", "美智子"]
