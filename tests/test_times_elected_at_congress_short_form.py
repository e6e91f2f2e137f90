"""A congress named by its short form (``十二大``) right before an election, without ``上``:
``在越共十二大连任总书记后首次出访`` still tells a trip after the congress.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_a_trip_after_an_election_at_a_short_named_congress_is_dated_after_it() -> None:
    from test_events import events_of

    evs = events_of(
        "越共中央总书记甲乙丙将于1月10日至12日对老挝进行正式访问。"
        "甲乙丙在越共十二大当选总书记后,首次出访即选择老挝。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2017-01-10/2017-01-12", evs


def test_a_trip_before_the_congress_keeps_the_congress_year() -> None:
    from test_events import events_of

    evs = events_of(
        "越共中央总书记甲乙丙将于1月10日至12日对老挝进行正式访问。"
        "这是越共十二大召开前甲乙丙的最后一次出访。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2016-01-10/2016-01-12", evs
