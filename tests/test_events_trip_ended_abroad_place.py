"""A page told under a home dateline that opens on a trip abroad just ended
(``…已抵达河内内排国际机场,圆满结束应日本首相邀请赴日出席…之行``) reports what happened on that
trip: its meetings are in that country, not in Hanoi."""

from __future__ import annotations

from dyad import extract, to_record


def _events(opening: str) -> list[dict]:
    text = (
        "越南国家主席梁强圆满结束赴日出席论坛及双边活动之行\n\n越通社河内——"
        + opening
        + "\n\n其间,梁强会见了日本首相石破茂,并同日本众议院议长额贺福志郎举行会谈。\n\n(越通社——VNA)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_meetings_of_a_trip_ended_abroad_are_abroad() -> None:
    evs = _events(
        "据越通社特派记者报道,12月2日晚,越南国家主席梁强及越南高级代表团已抵达河内内排国际机场,"
        "圆满结束应日本首相石破茂邀请赴日出席亚洲未来论坛暨开展双边活动之行。"
    )
    met = [e for e in evs if e["mode"] in {"meeting", "talks"}]
    assert met, evs
    assert all(e["location"] != "河内" for e in met), met
    assert all(e["location_country"] == "JPN" for e in met), met


def test_a_trip_ended_at_home_keeps_the_dateline() -> None:
    evs = _events("12月2日,日本众议院议长额贺福志郎圆满结束对越南进行的正式访问。梁强会见了他。")
    met = [e for e in evs if e["mode"] in {"meeting", "talks"}]
    assert met and all(e["location_country"] == "VNM" for e in met), met
