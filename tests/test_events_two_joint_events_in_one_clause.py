"""``由A与B联合举行的第一届会议和C与D联合举行的第二届会议``: two joint events listed in one clause are
each held by the pair told right before its own verb, not both by the first pair.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def test_each_listed_joint_event_keeps_its_own_pair() -> None:
    text = (
        "会议在曼谷举行\n\n越通社曼谷——本届会议是继由越南国会与亚洲议会大会2018年6月联合举行的第一届会议"
        "和老挝国会与亚洲议会大会于2020年3月联合举行的第二届会议的成功之后举行的。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]
    sources = sorted(p["name"] for e in evs for p in e["source"])
    assert sources == ["老挝国会", "越南国会"], evs
    laos = [e for e in evs if e["source"][0]["name"] == "老挝国会"]
    assert [p["name"] for p in laos[0]["target"]] == ["亚洲议会大会"], laos


def test_second_pair_named_by_a_country_body_is_not_the_first_pair_again() -> None:
    text = (
        "会议在曼谷举行\n\n越通社曼谷——本届会议是继由老挝国会与亚洲议会大会(简称亚议会-APA)2017年5月联合举行的"
        "第一届会议和缅甸议会与亚议会于2019年5月联合举行的第二届会议的成功之后举行的。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]
    assert len(evs) == 2, evs
    second = [e for e in evs if e["source"] and e["source"][0]["name"] != "老挝国会"]
    assert second and second[0]["source"][0]["country"] == "MMR", evs
