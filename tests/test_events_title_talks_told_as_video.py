"""A headline stating talks (A国公安部长与B国公安部长举行会谈) whose body tells them held by video link
(…通过视频连线与…举行会谈) reports one event, the body's video conference, not talks besides it."""

from __future__ import annotations

from dyad import extract, to_record


def test_title_talks_and_body_video_talks_are_one_event() -> None:
    page = (
        "越南公安部长与老挝公安部长举行会谈\n\n越通社河内——2023年5月10日,越南公安部长阮文甲上将在河内"
        "通过视频连线与老挝公安部部长维莱·拉坎冯举行会谈。(越通社——VNA)\n"
    )
    evs = [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]
    assert [(e["mode"], e["source"][0]["name"]) for e in evs] == [("video", "阮文甲")], evs
