"""``旅泰越南人前往越南驻泰国大使馆进行捐款``: Vietnamese abroad who go to their own mission to give
for victims at home make no gift to the host country; the mission is only where they give. A gift
the mission itself hands over with no recipient named still goes to its host country."""

from __future__ import annotations

from test_events import events_of


def test_community_giving_at_its_mission_is_no_gift_to_the_host() -> None:
    evs = events_of("侨胞们周日上午就前往越南驻泰国大使馆进行捐助。大家都希望能为遭受台风灾害的北部山区居民分担困难。")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_a_mission_giving_still_gives_to_its_host() -> None:
    evs = events_of("2023年2月10日,越南驻土耳其大使馆向地震灾民捐赠了一批救援物资。")
    aids = [e for e in evs if e["type"] == "AID"]
    assert aids and aids[0]["target"][0]["country"] == "TUR", aids
