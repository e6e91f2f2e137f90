"""A call made at the other side's proposal (``应美国总统X的提议,A同X通电话``): the proposal frames
the call like an invitation (no "proposed, not done" act), and the one who proposed it asked for the
call, so it is the source, as with ``应约``."""

from __future__ import annotations

from dyad import extract, to_record


def test_call_at_a_proposal_is_made_by_the_proposer() -> None:
    body = "3月4日晚,应澳大利亚总理阿尔巴尼斯的提议,越南政府总理范明政同阿尔巴尼斯通电话。"
    rec = to_record(extract(f"两国总理通电话\n\n越通社河内——{body}\n"))
    calls = [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in rec["events"] if e["mode"] == "phone"]
    assert calls == [(["阿尔巴尼斯"], ["范明政"])], rec["events"]
