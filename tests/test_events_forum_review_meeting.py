"""A meeting that reviews a forum once it is over (``出席第十届X论坛总结会议``) is the hosts' own work
at home, not the forum attended."""

from __future__ import annotations

from dyad import extract, to_record


def test_attending_the_review_of_a_forum_is_no_multilateral_event() -> None:
    body = "3月5日,越南国会副主席阮德海在河内出席第十届东盟青年议员论坛总结会议。"
    text = f"标题新闻\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    assert evs == [], evs
