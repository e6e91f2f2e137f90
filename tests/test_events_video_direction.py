"""A video conference held from each side's own capital has no visitor: the subject leads."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南加强对外合作") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def only(events: list[dict[str, Any]], type_: str, mode: str) -> dict[str, Any]:
    hits = [e for e in events if e["type"] == type_ and e["mode"] == mode]
    assert len(hits) == 1, events
    return hits[0]


def test_a_video_conference_from_the_home_capital_keeps_the_subject_as_source() -> None:
    ev = only(
        events_of("3月5日上午,越南外交部副部长黎怀忠在河内同韩国外交部第一副部长崔钟建举行视频会议,就抗疫合作交换意见。"),
        "CONSULT",
        "video",
    )
    assert names(ev["source"]) == ["黎怀忠"]
    assert names(ev["target"]) == ["崔钟建"]


def test_a_video_conference_asked_for_by_the_partner_flips() -> None:
    ev = only(
        events_of("3月5日上午,越南政府总理阮春福在河内应约同印度总理纳伦德拉·莫迪举行视频会谈。"),
        "CONSULT",
        "video",
    )
    assert names(ev["source"]) == ["纳伦德拉·莫迪"]
    assert names(ev["target"]) == ["阮春福"]


def test_a_video_conference_held_jointly_is_one_meeting() -> None:
    """``A与B联合举行…视频会议``: the video meeting, not also a jointly hosted event."""
    evs = events_of("越南谅山省工商协会与中国广西商会日前联合举行贸易促进视频会议。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "video")]


def test_a_video_meeting_told_as_shi_pin_hui_jian_is_a_video_conference() -> None:
    """``举行视频会见`` is held online like ``视频会晤``: mode video, not an in-person meeting."""
    ev = only(
        events_of("9日上午,越南祖国阵线中央委员会主席黎明与老挝建国阵线中央委员会主席坎蓬举行视频会见。"),
        "CONSULT",
        "video",
    )
    assert names(ev["source"]) == ["黎明"]


def test_online_talks_that_name_no_place_have_none() -> None:
    evs = events_of("4月19日上午,越共中央对外部部长黎怀忠与中共中央对外联络部部长宋涛举行线上会谈。")
    ev = only(evs, "CONSULT", "video")
    assert ev["location"] is None


def test_online_talks_held_from_a_named_city_keep_it() -> None:
    evs = events_of("4月19日上午,越南政府总理阮春福在河内同印度总理莫迪举行视频会谈。")
    ev = only(evs, "CONSULT", "video")
    assert ev["location"] == "河内"


def test_online_talks_held_from_a_seat_take_the_dateline_city() -> None:
    evs = events_of("4月19日上午在外交部总部,越南外交部副部长黎怀忠同中国国际发展合作署署长罗照辉举行视频会议。")
    ev = only(evs, "CONSULT", "video")
    assert ev["location"] == "河内"
