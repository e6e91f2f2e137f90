"""A trip told in one sentence with two legs: each leg's host is its own inviter (the nearest 应…邀请
before its trigger) or, when the only inviter hosts the leg told first, the place of the second leg;
the two legs are two visits even when the same two people are named for both."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(lead: str) -> list[tuple[list[str], str | None]]:
    page = f"越通社河内——{lead}\n\n双方将讨论合作。(越通社-VNA)\n越通社\n"
    return [
        ([m["name"] for m in e["target"]], e["location"])
        for e in to_record(extract(page))["events"]
        if e["mode"] == "visit"
    ]


def test_each_leg_has_its_own_inviter() -> None:
    lead = (
        "越南国会主席阮甲乙12月4日离开河内,应老挝国会主席赛宋蓬邀请,于12月4日至7日对老挝进行工作访问,"
        "同时应泰国国会主席万诺邀请,于12月7日至10日对泰国进行正式访问。"
    )
    assert _visits(lead) == [(["赛宋蓬"], "老挝"), (["万诺"], "泰国")]


def test_the_inviter_of_the_first_leg_does_not_host_the_second() -> None:
    lead = "应意大利总统马塔雷拉邀请,越南国家主席阮甲乙于5月5日至8日对意大利进行国事访问,并于5月7日访问梵蒂冈。"
    assert _visits(lead) == [(["马塔雷拉"], "意大利"), (["梵蒂冈"], "梵蒂冈")]
