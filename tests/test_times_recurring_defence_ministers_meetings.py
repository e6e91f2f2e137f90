"""The ASEAN Defence Ministers' Meetings of 2021-2024 (15th-18th) and the ADMM-Plus meetings of
those years (8th-11th) are in the recurring-meetings table, month only: a year-less day told with
one of them takes its year.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_a_call_during_the_eighteenth_admm_is_dated_2024() -> None:
    from test_events import events_of

    evs = events_of(
        "出席第18届东盟国防部长会议期间,越南国防部长阮文甲大将于11月19日拜会了老挝国家主席宋乙·丰丙。"
    )
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and meeting[0]["date"] == "2024-11-19", evs


def test_a_meeting_on_the_sidelines_of_the_ninth_admm_plus_is_dated_2022() -> None:
    from test_events import events_of

    evs = events_of(
        "11月22日,在出席第9届东盟防长扩大会议期间,越南国防部长阮文甲会见了柬埔寨国防大臣迪丁。"
    )
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and meeting[0]["date"] == "2022-11-22", evs
