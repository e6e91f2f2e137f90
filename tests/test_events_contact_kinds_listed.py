"""Real-page audit (h91): ``两国领导保持接触,如:互相致信、通电话和…期间两国总理举行会见`` lists the
kinds of contact two sides keep, with no time: undated background the annotators leave out, not a
second call nor a meeting between the people of the day's call."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    rec = to_record(extract(f"越南外长同秘鲁外长通电话\n\n越通社河内——{body}\n"))
    return [e for e in rec["events"] if e["section"] == "main"]


def test_listed_kinds_of_contact_are_no_events() -> None:
    got = _events(
        "5月6日,越南外交部长黎文乙同秘鲁外交部长卡洛斯·加西亚通电话。黎文乙表示,两国领导人一直保持密切接触,"
        "如:互致信函,通电话和在亚太经合组织领导人会议期间两国总统举行会见。"
    )
    assert len(got) == 1 and got[0]["mode"] == "phone", got


def test_dated_contact_in_a_list_stays() -> None:
    got = _events(
        "5月6日,越南外交部长黎文乙同秘鲁外交部长卡洛斯·加西亚通电话。两国领导人保持接触,如:2023年11月15日,"
        "越南国家主席武文福在美国旧金山会见秘鲁总统博鲁阿尔特。"
    )
    assert any(e["mode"] == "meeting" for e in got), got
