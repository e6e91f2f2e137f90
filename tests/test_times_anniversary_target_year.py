"""An anniversary written with its own year as the date a goal is to be reached
(``在2030年…成立100周年之际实现目标``, ``到2045年…100周年时成为…``) is a target year: it does not
date the page's events; another year in the text (a tally ``2023年前9月``) or none does.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_a_goal_reached_at_a_party_centenary_does_not_date_the_talks() -> None:
    from test_events import events_of

    evs = events_of(
        "12月11日上午,越南政府总理甲乙丙与应邀正式访问越南的柬埔寨首相丁戊己举行会谈。"
        "丁戊己相信越南将在2030年越南共产党成立100周年之际成功实现既定目标。"
        "2023年前9月,两国贸易额达80亿美元。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2023-12-11", evs


def test_a_target_centenary_alone_leaves_the_year_unknown() -> None:
    from test_events import events_of

    evs = events_of(
        "5月3日,越南国家主席甲乙丙会见老挝副总理丁戊己。"
        "丁戊己祝愿越南到2030年越南共产党成立100周年时成为现代工业国家。"
    )
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and meeting[0]["date"] is None, evs


def test_a_centenary_celebrated_in_its_year_still_dates_the_meeting() -> None:
    from test_events import events_of

    evs = events_of(
        "值此越南共产党成立100周年之际,5月3日,越南国家主席甲乙丙会见老挝副总理丁戊己。"
    )
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and meeting[0]["date"] == "2030-05-03", evs
