"""A greeting visit to a mission (前往…大使馆,向…致以新春祝福) is a SUPPORT visit however the
leader's party is named: X率团前往, X率领代表团前往, X带领代表团前往."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("led", ["率团", "率领代表团", "带领代表团"])
def test_greeting_visit_stays_support(led: str) -> None:
    body = (
        "值此越南传统节日春节到来之际,老挝驻法国大使坎蓬·西萨万(Khamphong Sisavath)"
        f"{led}前往越南驻法大使馆,向大使馆全体工作人员致以新春祝福。"
    )
    text = f"标题\n\n越通社巴黎——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert [(e["type"], e["mode"]) for e in evs] == [("SUPPORT", "visit")], evs
    assert [p["name"] for p in evs[0]["source"]] == ["坎蓬·西萨万"], evs
