"""A video conference named as the way something is done (以视频会议形式…, 通过视频会议…) is no
video event of its own: the verb after it tells the event, a forum chaired or attended online
(multilateral, the forum its target) or talks held online (one video event). Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"地区合作新闻\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _brief(evs: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return [(e["mode"], [p["name"] for p in e["target"]]) for e in evs]


def test_forum_chaired_by_video_conference_is_one_multilateral_event() -> None:
    evs = _main("5月4日下午,越南政府总理陈文甲以视频会议形式主持召开了东盟与中日韩抗击登革热领导人特别会议。")
    assert _brief(evs) == [("multilateral", ["东盟与中日韩抗击登革热领导人特别会议"])]


def test_summit_attended_through_a_video_conference_is_one_multilateral_event() -> None:
    evs = _main("5月4日下午,越南政府总理陈文甲通过视频会议出席第50届东盟峰会。")
    assert _brief(evs) == [("multilateral", ["第50届东盟峰会"])]


def test_talks_held_through_a_video_conference_are_one_video_event() -> None:
    evs = _main("5月4日下午,越南政府总理陈文甲同老挝总理宋巴·坎蓬通过视频会议举行会谈。")
    assert _brief(evs) == [("video", ["宋巴·坎蓬"])]


def test_a_video_conference_held_is_still_a_video_event() -> None:
    evs = _main("5月4日下午,越南政府总理陈文甲同老挝总理宋巴·坎蓬举行视频会议。")
    assert _brief(evs) == [("video", ["宋巴·坎蓬"])]
