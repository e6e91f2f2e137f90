"""A story told under a home dateline (``越通社河内——``) whose opening says the delegation has
arrived abroad (``越通社特派记者报道,…已抵达马来西亚首都吉隆坡,开始对该国进行…访问``) happens there:
the welcome and talks told before any 在 are in that city, not in Hanoi. A trip that will
arrive (``将于…抵达``) moves nothing."""

from __future__ import annotations

from dyad import extract, to_record

LEAD = "5月20日上午,马来西亚总理安瓦尔主持隆重仪式,欢迎越南政府总理一行访问。欢迎仪式结束后,范明政总理同马来西亚总理安瓦尔举行会谈。"


def _page(opening: str) -> list[dict]:
    text = (
        f"越南政府总理范明政与马来西亚总理安瓦尔举行会谈\n\n{LEAD}\n\n越通社河内——{opening}\n\n{LEAD}\n\n"
        "(越通社——VNA)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_delegation_arrived_abroad_places_the_story_there() -> None:
    evs = _page(
        "越通社特派记者报道,应马来西亚总理安瓦尔·易卜拉欣的邀请,越南政府总理范明政率领越南高级代表团"
        "已抵达马来西亚首都吉隆坡,开始对该国进行为期两天的正式访问。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and all(e["location"] == "吉隆坡" for e in talks), evs
    assert not any(e["location"] == "河内" for e in evs), evs


def test_a_trip_still_ahead_moves_nothing() -> None:
    evs = _page("越南政府总理范明政将于5月19日抵达马来西亚首都吉隆坡,开始对该国进行正式访问。")
    assert not any(e["location"] == "吉隆坡" and e["mode"] == "talks" for e in evs), evs
