"""The National Assembly's Delegates Affairs Committee (``国会代表工作委员会``): its 代表 is part of
the body's name, not the verb that ends an office chain, so the chairman's title is the whole name.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_the_committee_chairs_title_keeps_the_whole_name() -> None:
    from test_events import events_of

    evs = events_of("越共中央委员、国会代表工作委员会主任甲乙丙于5月3日至5日对老挝进行工作访问。")
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit, evs
    assert visit[0]["source"][0]["name"] == "甲乙丙", evs
    assert visit[0]["source"][0]["title"] == "国会代表工作委员会主任", evs
    assert visit[0]["source"][0]["country"] == "VNM", evs
