"""``A在…举行仪式,欢迎B到访。欢迎仪式结束后,A与B举行会谈``: the one the welcome greets came, so
he is the visitor and the source of the talks that open on the welcome's end, whichever side the
talks sentence names first (a two-side word too: ``两部代表团进行了会谈``)."""

from __future__ import annotations

from test_events import events_of, names, only


def test_welcomed_guest_named_second_in_the_talks_is_the_source() -> None:
    ev = only(
        events_of(
            "4月3日上午,新西兰总理约翰·卡特(John Carter)和夫人在惠灵顿议会大厦举行隆重仪式,"
            "欢迎越南政府总理陈德胜和夫人到访。欢迎仪式结束后,约翰·卡特与陈德胜举行会谈。"
        ),
        "CONSULT",
        "talks",
    )
    assert names(ev["source"]) == ["陈德胜"] and names(ev["target"]) == ["约翰·卡特"], ev


def test_welcomed_guest_of_talks_told_by_a_two_side_word_is_the_source() -> None:
    ev = only(
        events_of(
            "应老挝公安部部长宋赛·本玛(Sonxay Bounma)的邀请,越南公安部部长黎明山已率团对老挝进行工作访问。"
            "当天下午,宋赛·本玛在老挝公安部总部主持仪式,欢迎黎明山和越南公安部代表团访老。"
            "欢迎仪式结束后,两部代表团进行了会谈。"
        ),
        "CONSULT",
        "talks",
    )
    assert names(ev["source"]) == ["黎明山"] and names(ev["target"]) == ["宋赛·本玛"], ev


def test_the_welcoming_host_named_second_stays_the_target() -> None:
    ev = only(
        events_of(
            "4月3日上午,新西兰总理约翰·卡特(John Carter)和夫人在惠灵顿议会大厦举行隆重仪式,"
            "欢迎越南政府总理陈德胜和夫人到访。欢迎仪式结束后,陈德胜与约翰·卡特举行会谈。"
        ),
        "CONSULT",
        "talks",
    )
    assert names(ev["source"]) == ["陈德胜"], ev
