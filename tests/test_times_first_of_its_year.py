"""``这是两党2019年首次高层访问``: the page's own act told as the first of a year dates the page
(before anniversaries and numbered meetings, which only bracket it); ``这是2016年以来首次…``
counts from a year and does not.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_the_first_visit_of_a_year_dates_the_visit() -> None:
    from test_events import events_of

    evs = events_of(
        "应越南共产党中央委员会的邀请,中共中央书记处书记甲乙丙率中共代表团于1月8日至11日对越南进行访问。"
        "此访是甲乙丙2019年的首次出访。双方回顾了越共十二大决议实施情况。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2019-01-08/2019-01-11", evs


def test_a_first_since_a_year_does_not_date_the_visit_in_that_year() -> None:
    from test_events import events_of

    evs = events_of(
        "应越南政府总理的邀请,甲国总理丁戊己于5月3日至5日对越南进行正式访问。"
        "这是2016年以来甲国总理首次访越。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and not (visit[0]["date"] or "").startswith("2016"), evs
