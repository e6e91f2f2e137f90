"""Talks and a witnessed signing in one sentence (A与X总理B举行会谈,并共同见证了…签署): A and B sign."""

from __future__ import annotations

from test_events import events_of, names, only


def test_signing_witnessed_after_talks_keeps_the_partner_with_his_office() -> None:
    evs = events_of(
        "2018年11月6日,越南国家主席阮富仲与古巴国务委员会主席米格尔·迪亚斯-卡内尔在河内举行会谈,"
        "并共同见证了两国各部门多份合作文件的签署仪式。"
    )
    ev = only(evs, "AGREE", "sign")
    assert names(ev["source"]) == ["阮富仲"]
    assert names(ev["target"]) == ["米格尔·迪亚斯-卡内尔"]
    talks = only(evs, "CONSULT", "talks")
    assert {*names(talks["source"]), *names(talks["target"])} == {"阮富仲", "米格尔·迪亚斯-卡内尔"}
