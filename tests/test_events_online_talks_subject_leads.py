"""Talks a sentence says are held online (A在河内通过视频连线与B举行会谈) have no visitor: both
sides stay home, so the subject who is named first leads, even when the place told (河内) is
the subject's own city, as for a video conference told by its own trigger (举行视频会谈)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_talks_held_by_video_link_keep_the_subject_first() -> None:
    evs = main_events("2023年5月10日,越南公安部长阮文甲上将在河内通过视频连线与老挝公安部部长维莱·拉坎冯举行会谈。")
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert [(e["mode"], e["source"][0]["name"], e["target"][0]["name"]) for e in ev] == [
        ("video", "阮文甲", "维莱·拉坎冯")
    ], evs


def test_talks_in_person_in_the_home_city_still_have_the_guest_first() -> None:
    evs = main_events("2023年5月10日,越南公安部长阮文甲上将在河内与老挝公安部部长维莱·拉坎冯举行会谈。")
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert [(e["mode"], e["source"][0]["name"]) for e in ev] == [("talks", "维莱·拉坎冯")], evs
