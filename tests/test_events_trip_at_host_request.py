"""A trip made "at the host's request" (应X的要求) is a visit like one made at an invitation:
the request is an aside, not a request the trip still waits on."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "第7次越南和老挝国防部安全对话在万象举行\n\n"
    "越通社河内——应老挝国防部的要求,由越南国防部副部长黎文明上将率领的越南国防部代表团"
    "已赴万象出席第7次越南和老挝国防部安全对话。\n\n"
    "老挝国防部部长坎伦(Khamlun)在会见前来礼节性拜会的黎文明一行时强调,两国防务合作潜力巨大。"
    "(越通社——VNA)\n越通社\n"
)


def _events() -> list[dict]:
    return [e for e in to_record(extract(PAGE))["events"] if e["section"] == "main"]


def test_trip_at_host_request_is_a_visit() -> None:
    visits = [e for e in _events() if e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["黎文明"]]


def test_caller_at_host_request_leads_the_meeting() -> None:
    meetings = [e for e in _events() if e["mode"] == "meeting"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in meetings] == [
        (["黎文明"], ["坎伦"])
    ]


def test_should_meet_demands_is_no_aside() -> None:
    """"双方应…满足…的要求" across a comma stays a request: no trip told."""
    page = (
        "越老合作\n\n越通社河内——坎伦表示,双方应加强合作,满足两国人民的要求,并希望黎文明早日访问老挝。"
        "(越通社——VNA)\n越通社\n"
    )
    assert not [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
