"""A tour of a historic site that names a body (``参观…大会筹备会议举办地这一革命遗址``) is no visit to
that body."""

from __future__ import annotations

from test_events import events_of


def test_a_historic_site_named_after_a_party_meeting_is_no_visit_to_the_party() -> None:
    evs = events_of(
        "2017年1月18日,访越期间,老挝华潘省代表团前往和平省参观老挝人民革命党第二届大会筹备会议举办地这一革命遗址。"
    )
    assert not [e for e in evs if "老挝人民革命党" in [t["name"] for t in e["target"]]], evs


def test_a_school_named_after_a_leader_is_no_visit_to_that_leader() -> None:
    """``参观以胡志明主席名字命名的学校``: the leader names the school, he is not the one toured."""
    evs = events_of(
        "2019年5月4日,访缅期间,越南国会主席陈清同缅甸议长吴昂举行会谈,参观以胡志明主席名字命名的友谊学校。"
    )
    assert not [e for e in evs if "胡志明" in [t["name"] for t in e["target"]]], evs
