"""The IPU regional seminars on the SDGs for the Asia-Pacific parliaments (first and third) and the
sessions 35-40 of the Vietnam-Cuba Intergovernmental Committee are in the recurring-meetings table:
a year-less day told with one of them takes its year.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_a_delegation_at_the_third_ipu_sdg_seminar_is_dated_2022() -> None:
    from test_events import events_of

    evs = events_of(
        "越南国会民族委员会副主任黎文甲率领越南国会代表团于9月13日至14日出席在巴基斯坦举行的"
        "第三届议联亚太地区可持续发展目标会议。"
    )
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert multi and multi[0]["date"] == "2022-09-13/2022-09-14", evs


def test_a_visit_told_with_the_37th_vietnam_cuba_committee_is_dated_2019() -> None:
    from test_events import events_of

    evs = events_of(
        "应古巴外交部的邀请,越南外交部副部长陈文乙率领越南外交部代表团于9月19日至21日对古巴进行正式访问。"
        "刚在河内成功召开的第37届越南—古巴政府间联合委员会会议也有助于推动双方合作。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2019-09-19/2019-09-21", evs
