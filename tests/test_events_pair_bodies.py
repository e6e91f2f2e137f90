"""A side told as ``两国X部`` (the same ministry of both countries) in a story about two countries."""

from __future__ import annotations

from dyad import extract, to_record


def test_pair_ministries_sign_as_the_two_countries_ministries() -> None:
    body = (
        "应越南公安部长梁三光上将的邀请,老挝公安部长维莱·拉坎冯于2024年10月8日至10日对越南进行正式访问。"
        "两国公安部长举行会谈。此前,两国公安部于2023年3月签署了合作计划。"
    )
    text = f"越老加强公安合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AGREE"]
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["越南公安部"]
    assert [p["name"] for p in evs[0]["target"]] == ["老挝公安部"]
    assert evs[0]["target"][0]["country"] == "LAO"
