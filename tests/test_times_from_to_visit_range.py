"""Real-page audit (Russia, Central Asia, Eastern Europe, Middle East): ``X已从2023年11月29日至30日对
土耳其进行正式访问。此访期间,X会见了Y`` - a range opened by 从 is the visit's days, which frame the
meetings told after it; only a single day after 自/从 is a since (``自2018年1月1日起``)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("lead", ["从", "已从", "于"])
def test_meetings_during_a_visit_told_with_from_to_take_its_days(lead: str) -> None:
    text = (
        "越南总理访问波兰\n\n"
        f"越通社河内——应波兰总理图斯克的邀请,越南政府总理范明政{lead}2031年1月16日至18日对波兰进行正式访问。\n\n"
        "访问期间,范明政会见了波兰总统杜达。(越通社——VNA)\n越通社\n"
    )
    meeting = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert [e["date"] for e in meeting] == ["2031-01-16/2031-01-18"], meeting


def test_the_day_relations_were_established_dates_no_later_undated_sentence() -> None:
    """``两国于1950年2月3日建立外交关系。…总理等对越南进行了访问``: the founding day is no anchor."""
    text = (
        "越南与匈牙利关系\n\n"
        "越通社河内——越南和匈牙利于1950年2月3日建立外交关系。多年来,双方关系不断发展。"
        "匈牙利总理奥尔班对越南进行了访问。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and all(e["date"] is None for e in visits), visits


def test_an_anniversary_prepared_for_does_not_date_the_trip() -> None:
    """``…于3月27日至30日对波兰进行了工作访问。这也是为越波建交75周年(1950年~2025年)做准备的一项活动``:
    the anniversary is still ahead; the assembly attended before the trip (IPU-148, 2024) dates it."""
    text = (
        "越南与波兰合作\n\n"
        "越通社河内——越南国会副主席率代表团在瑞士出席第148届各国议会联盟大会后,于3月27日至30日对波兰进行了工作访问。"
        "这也是为越波建交75周年(1950年~2025年)做准备的一项活动。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [e["date"] for e in visits] == ["2024-03-27/2024-03-30"], visits


def test_a_captions_day_does_not_give_the_article_its_year() -> None:
    """A caption of an earlier photo (``2024年7月3日,…会见…大使。图自越通社``) dates that photo only."""
    text = (
        "进一步深化越南与白俄罗斯之间的友谊\n\n"
        "2031年7月3日,越南国家主席会见白俄罗斯新任驻越南大使。图自越通社\n\n"
        "越通社河内——应白俄罗斯总统亚历山大·卢卡申科的邀请,越南国家主席阮文甲将于5月11日至12日对白俄罗斯进行国事访问。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and all(not (e["date"] or "").startswith("2031") for e in visits), visits


def test_the_day_a_measure_began_gives_no_year_to_the_story() -> None:
    """``取消自2018年1月1日起实施的…通知``: a day in the past a rule has held since, no context."""
    text = (
        "越南政府总理会见沙特大使\n\n"
        "越通社河内——3月29日下午,越南政府总理阮文甲在河内会见了前来拜访的沙特阿拉伯驻越大使达尔维。"
        "阮文甲建议全面取消自2018年1月1日起实施的关于暂停进口越南海产品的通知。(越通社——VNA)\n越通社\n"
    )
    meetings = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert meetings and all(not (e["date"] or "").startswith("2018") for e in meetings), meetings


def test_a_visit_whose_days_follow_it_in_brackets_takes_those_days() -> None:
    """``…出席会议,并对越南进行国事访问(11月12日至13日)``: the days in brackets are the visit's, not
    the day the sentence opens on (the leader came for the meeting first)."""
    from test_events import events_of, only

    evs = events_of(
        "2024年11月10日,老挝国家主席通伦·西苏里赴河内出席第12届湄公河领导人会议,"
        "并应越南国家主席陈光明的邀请对越南进行国事访问(11月12日至13日)。"
    )
    assert only(evs, "CONSULT", "visit")["date"] == "2024-11-12/2024-11-13"
