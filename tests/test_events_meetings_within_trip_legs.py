"""A story dated by the day the leader came home, its meetings told per country (``在智利,A与B举行
会谈``): each meeting falls within the leg of the trip to that country, not on the day borrowed."""

from __future__ import annotations

from dyad import extract, to_record


def test_meetings_take_their_leg_range() -> None:
    text = (
        "越南国家主席武文赏圆满结束智利和秘鲁之行\n\n"
        "越通社河内——5月30日上午,越南国家主席武文赏已回到河内,圆满结束对智利和秘鲁的国事访问。\n\n"
        "应智利总统加夫列尔·博里奇(Gabriel Boric)和秘鲁总统迪娜·博鲁阿尔特(Dina Boluarte)的邀请,"
        "越南国家主席武文赏于2023年5月20日至23日对智利进行国事访问,于23日至27日对秘鲁进行国事访问。\n\n"
        "在智利,武文赏与智利总统加夫列尔·博里奇举行会谈。\n\n"
        "在秘鲁,武文赏与秘鲁总统迪娜·博鲁阿尔特举行会谈。(越通社——VNA)\n越通社\n"
    )
    talks = {
        e["target"][0]["name"]: e["date"]
        for e in to_record(extract(text))["events"]
        if e["mode"] == "talks" and e["target"]
    }
    assert talks.get("加夫列尔·博里奇") == "2023-05-20/2023-05-23", talks
    assert talks.get("迪娜·博鲁阿尔特") == "2023-05-23/2023-05-27", talks
