"""A space after 第 in a numbered session (``…部长级大会第 38届会议``, as some pages and crawls print
it) keeps the session in the forum's name, as ``第38届会议`` does. Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("space", ["", " "])
def test_numbered_session_after_a_space_stays_in_the_forum(space: str) -> None:
    text = (
        "越南代表团出席国际组织大会\n\n越通社日内瓦——6月4日,越南卫生部副部长黎文德率领越南代表团出席在瑞士日内瓦举行的"
        "国际劳工组织(劳工组织)部长级大会第" + space + "38届会议。(越通社—VNA)\n"
    )
    multi = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    names = [t["name"].replace(" ", "") for e in multi for t in e["target"]]
    assert names == ["国际劳工组织(劳工组织)部长级大会第38届会议"], multi
