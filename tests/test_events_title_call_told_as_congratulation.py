"""A headline's plain phone call (A与B通电话) that the body tells as a congratulatory call between the
same countries (…通电话表示祝贺) is that call: one event, the body's SUPPORT."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_headline_call_is_the_congratulation_told_below() -> None:
    text = (
        "老挝外长与越南外交部长通电话\n\n越通社河内——4月9日,老挝外交部部长宋沙平与越南外交部部长黎文松"
        "通电话,祝贺他就任新职。(完)\n越通社\n"
    )
    calls = [e for e in to_record(extract(text))["events"] if e["mode"] == "phone"]
    assert [e["type"] for e in calls] == ["SUPPORT"], calls
