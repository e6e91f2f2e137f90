"""An interview given before a visit (``…在访问前夕接受了越通社记者的采访``) is the news; the visit it
previews (``X将于…进行国事访问``) is still to come and is not an event of the page."""

from __future__ import annotations

from test_events import events_of, only


def test_the_visit_an_interview_previews_is_no_event() -> None:
    evs = events_of(
        "应越南国家主席梁强的邀请,老挝国家主席通伦·西苏里将于2025年1月30日至31日对越南进行国事访问。"
        "老挝驻越南大使宋蓬在访问前夕接受了越通社记者的采访。",
        title="老挝驻越南大使:此访意义重大",
    )
    assert [e for e in evs if e["mode"] == "visit"] == []


def test_an_announced_visit_outside_an_interview_stays() -> None:
    evs = events_of(
        "应越南国家主席梁强的邀请,老挝国家主席通伦·西苏里将于2025年1月30日至31日对越南进行国事访问。",
        title="老挝国家主席将对越南进行国事访问",
    )
    assert only(evs, "CONSULT", "visit")["date"] == "2025-01-30/2025-01-31"
