"""An order received, told in the passive (``A获B授予的友谊勋章``): the award goes from the side
that confers it to the one who receives it, like ``B向A授予勋章`` (SUPPORT, CAMEO 051)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    ("sentence", "giver", "receiver"),
    [
        ("同日,柬埔寨驻越南大使谢尚获越南国家主席苏林授予的友谊勋章。", "苏林", "谢尚"),
        ("3月5日,日本驻越南大使伊藤直树荣获越南国家主席授予的一级友谊勋章。", "越南", "伊藤直树"),
    ],
)
def test_passive_award_runs_from_the_giver(sentence: str, giver: str, receiver: str) -> None:
    rec = to_record(extract(f"大使获授勋章\n\n越通社河内——{sentence}\n"))
    awards = [e for e in rec["events"] if e["type"] == "SUPPORT"]
    assert len(awards) == 1, rec["events"]
    assert [p["name"] for p in awards[0]["source"]] == [giver]
    assert [p["name"] for p in awards[0]["target"]] == [receiver]
