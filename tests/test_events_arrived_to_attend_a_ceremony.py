"""A delegation that 率团抵达X,出席…纪念典礼 comes to attend its hosts' ceremony: a visit to X, by the
leader, beside the meeting told after it. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_arrived_to_attend_a_ceremony_is_a_visit() -> None:
    rec = to_record(
        extract(
            "越南国会主席会见老挝国会主席\n\n越通社河内——应越南国会主席陈文明的邀请,老挝国会主席坎蓬·西萨瓦已率团抵达河内市,"
            "出席越南国会成立60周年纪念典礼。3月6日下午,陈文明会见了坎蓬·西萨瓦一行。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, rec["events"]
    assert visits[0]["source"][0]["name"] == "坎蓬·西萨瓦"
