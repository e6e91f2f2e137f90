"""The media that report an event (X等媒体已刊登A与B举行会晤的文章) are no party to it."""

from __future__ import annotations

from test_events import events_of, names


def test_news_agency_reporting_a_meeting_is_no_participant() -> None:
    evs = events_of(
        "2019年5月8日,新西兰新闻社和《先驱时报》等新西兰主流媒体已刊登新西兰总理彼得·格林"
        "与越南国会主席王廷惠5月7日下午在惠灵顿举行会晤的相关图片和文章。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1, evs
    assert sorted(names(meetings[0]["source"]) + names(meetings[0]["target"])) == sorted(["彼得·格林", "王廷惠"]), evs
