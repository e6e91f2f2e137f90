"""A forum's Latin short name written with spaces inside its brackets (``三国( CLV )国会高层会议``)
stays inside the forum's name, as ``三国(CLV)国会高层会议`` does. Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("short", ["(CLV)", "( CLV )", "( CLV)", "(CLV )"])
def test_forum_name_runs_over_a_spaced_short_name(short: str) -> None:
    text = (
        "越南国会主席出席会议\n\n越通社万象——12月5日,越南国会主席王明德出席在老挝首都万象举行的第一届柬老越三国"
        + short
        + "国会高层会议。(越通社—VNA)\n"
    )
    multi = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    names = [t["name"].replace(" ", "") for e in multi for t in e["target"]]
    assert names == ["第一届柬老越三国(CLV)国会高层会议"], multi
