"""A video conference held with a foreign party whose next paragraph names two of the party's
leaders chairing it for their side (某国左翼党双主席A和B共同主持会议): those two are the other
side, people over their party, as the annotators keep people where they are named."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def video(body: str) -> list[dict[str, Any]]:
    text = f"通报大会结果\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "video"]


def test_two_cochairs_of_the_party_are_the_other_side() -> None:
    (e,) = video(
        "2021年3月24日下午,越共中央对外部部长阮文安主持召开视频会议,向某国左翼党通知越共十三大的结果。\n\n"
        "某国左翼党双主席安娜·施密特和玛丽亚·韦伯共同主持会议。\n\n会议上,阮文安介绍了大会文件。"
    )
    assert [p["name"] for p in e["target"]] == ["安娜·施密特", "玛丽亚·韦伯"]


def test_chairs_of_another_body_leave_the_party() -> None:
    (e,) = video(
        "2021年3月24日下午,越共中央对外部部长阮文安主持召开视频会议,向某国左翼党通知越共十三大的结果。\n\n"
        "越共中央对外部副部长黎明和阮光共同主持会议。"
    )
    assert [p["name"] for p in e["target"]] == ["左翼党"]
