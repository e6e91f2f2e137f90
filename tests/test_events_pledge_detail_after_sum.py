"""A pledge with no recipient and no sum, told after aid with a sum from the same giver, is a detail
of how that aid is spent, not a second gift; a second pledge with a sum of its own stays."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def aid(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_detail_of_the_pledged_sum_is_no_second_pledge() -> None:
    evs = aid(
        "北部灾区近况",
        "欧盟将向越南北部灾区居民提供总额为200万欧元的援助资金。欧盟驻越代表表示,这笔款项将用于发放物资。"
        "此外,还将向灾区居民提供现金,让他们能购买食品。",
    )
    assert len(evs) == 1, evs
    assert (evs[0]["amount"]["value"], evs[0]["amount"]["currency"]) == (2000000, "EUR")


def test_second_pledge_with_its_own_sum_stays() -> None:
    evs = aid(
        "北部灾区近况",
        "欧盟将向越南北部灾区居民提供总额为200万欧元的援助资金。此外,欧盟还将向越南提供50万欧元用于重建学校。",
    )
    assert len(evs) == 2, evs
