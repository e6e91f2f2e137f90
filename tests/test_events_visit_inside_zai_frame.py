"""``越南代表团在老挝总理B于5月访越之后对老挝进行访问``: the visit closing the 在…之后 frame is B's
alone, and the sentence's next visit is the delegation's, not B's.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_the_framed_visit_and_the_next_one_each_keep_their_own_visitor() -> None:
    from test_events import events_of

    evs = events_of(
        "由越南国会副主席甲乙丙率领的越南国会代表团于6月3日至5日对老挝进行工作访问。"
        "丁戊己说,越南代表团在潘文丙主席于5月访越之后对老挝进行回访,有助于增进互信。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    by_source = {tuple(m["name"] for m in v["source"]): v for v in visits}
    assert ("潘文丙",) in by_source, evs
    assert by_source[("潘文丙",)]["target"][0]["name"] == "越南", evs
    for v in visits:
        names = {m["name"] for m in v["source"]}
        assert not ({"潘文丙"} < names), evs  # never B joined to the delegation
        if "潘文丙" in names:
            assert v["target"][0]["name"] != "老挝", evs
