"""A day that figures are counted up to (截至9月14日), told after an undated lead, is not the day of
the lead's event."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    text = f"甲国向越南提供援助\n\n越通社河内——{body}(完)\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_an_as_of_day_after_the_lead_dates_no_aid() -> None:
    evs = _main(
        "日本将向越南北部灾区居民提供200万美元的援助资金。\n\n"
        "据统计,截至2031年9月14日7时,洪灾已导致25人死亡。"
    )
    aid = [e for e in evs if e["type"] == "AID"]
    assert aid and all(e["date"] is None for e in aid), aid


def test_a_plain_day_after_the_lead_still_dates_it() -> None:
    evs = _main(
        "日本将向越南北部灾区居民提供200万美元的援助资金。\n\n"
        "2031年9月14日,日本驻越南大使在河内宣布了这一决定。"
    )
    aid = [e for e in evs if e["type"] == "AID"]
    assert aid and any(e["date"] == "2031-09-14" for e in aid), aid
