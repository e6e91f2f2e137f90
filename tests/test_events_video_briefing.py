"""A video conference a body holds to brief a foreign side on its results (A举行了视频会议,向B通报了…的
结果; A主持召开视频会议,向B通知…) is a video meeting from A to B; the party whose congress is told of is
no addressee. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "held",
    ["3月4日,越共中央对外部举行了视频会议,向", "3月4日,越共中央对外部部长黎明山主持召开视频会议,向"],
)
def test_video_briefing_is_a_video_meeting(held: str) -> None:
    text = (
        "越共中央对外部向智利社会党通报越共大会成果\n\n越通社河内——"
        f"{held}智利社会党以及智利部分机构和学者通报了越南共产党第十五次全国代表大会的结果。\n\n"
        "智利社会党副主席罗杰·班达在会上发表讲话。(越通社-VNA)\n"
    )
    got = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "video"]
    assert len(got) == 1, got
    assert [t["name"] for t in got[0]["target"]] == ["智利社会党"]
    assert got[0]["source"][0]["country"] == "VNM"
