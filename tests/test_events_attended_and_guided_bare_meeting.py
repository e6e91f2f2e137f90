"""``A与B出席并指导会议``: a verb joined by 并 before a bare 会议 names no forum; the attendance
points back at a forum named before, if any, and is no event with '并指导会议' as its forum.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_no_forum_is_made_of_the_joined_verb() -> None:
    from test_events import events_of

    evs = events_of(
        "3月2日上午,边境合作总结会在万象举行。越南公安部副部长甲乙丙与老挝公安部副部长丁戊己出席并指导会议。"
    )
    assert not [e for e in evs if any(m["name"].startswith("并") for m in e["target"])], evs


def test_a_numbered_forum_told_before_is_still_attended() -> None:
    from test_events import events_of

    evs = events_of("第5届东盟防长会议在万象举行。越南国防部长甲乙丙出席并指导会议。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert multi and multi[0]["target"][0]["name"] == "第5届东盟防长会议", evs
