"""A meeting held at the level of foreign or defence ministers is a meeting whichever form writes
the rank: 举行两国外长级会议 and 防长级会议 as 举行…外交部长级会议 and 部长级会议."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("level", ["外交部长级会议", "外长级会议", "防长级会议"])
def test_ministerial_meeting_short_forms(level: str) -> None:
    text = (
        "越南与某国加强合作\n\n越通社河内——5月6日,秘鲁外长胡安·佩雷斯对越南进行访问。"
        f"胡安·佩雷斯表示,越南与秘鲁举行两国{level}是两国关系发展的重要成果。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs, to_record(extract(text))["events"]
