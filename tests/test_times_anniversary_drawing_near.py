"""An anniversary drawing near (``即将迎来``/``即将纪念``), with nothing else on the page to date it:
read as its eve, and a day told before it falls on or before the anniversary's own day (the
tables give it), in the anniversary's year or the year before.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_a_call_a_week_before_the_national_day_drawing_near_is_in_its_year() -> None:
    from test_events import events_of

    evs = events_of(
        "9月25日,越南国会主席甲乙丙与中国全国人大常委会委员长丁戊己通电话。"
        "甲乙丙祝贺中国即将迎来建国70周年。"
    )
    call = [e for e in evs if e["mode"] == "phone"]
    assert call and call[0]["date"] == "2019-09-25", evs


def test_a_december_visit_before_a_summer_anniversary_is_the_year_before() -> None:
    from test_events import events_of

    evs = events_of(
        "12月10日至12日,越南国会副主席甲乙丙对伊朗进行正式访问。"
        "双方一致认为,越南与伊朗即将纪念建交50周年,合作前景广阔。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2022-12-10/2022-12-12", evs


def test_an_occasion_ahead_named_with_its_own_year_still_dates_nothing() -> None:
    from test_events import events_of

    evs = events_of(
        "9月25日,越南国会主席甲乙丙与中国全国人大常委会委员长丁戊己通电话。"
        "双方同意以2019年即将迎来的中国建国70周年为契机,加强合作。"
    )
    call = [e for e in evs if e["mode"] == "phone"]
    assert call and call[0]["date"] in (None, "2019-09-25"), evs
