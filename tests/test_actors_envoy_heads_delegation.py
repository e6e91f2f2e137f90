"""由…名誉主席X大使为团长的…代表团: an envoy's rank after the name still links him to his delegation."""

from __future__ import annotations

from dyad import extract, to_record


def test_an_ambassador_heading_a_delegation_leads_it() -> None:
    body = "3月3日下午,越南国家副主席阮明在河内会见由泰越友好协会名誉主席颂猜·威拉军大使为团长的泰越友好协会代表团。"
    text = f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    meetings = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    names = [p["name"] for e in meetings for p in e["source"] + e["target"]]
    assert "颂猜·威拉军" in names and "泰越友好协会代表团" not in names, meetings
