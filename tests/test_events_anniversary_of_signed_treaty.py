"""The anniversary of a document's signing told with the document between the verb and the years
(恰逢越老签署友好合作条约40周年之际) is a date, not a signing: no AGREE event. A signing told
in the same shape without years stays one."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_anniversary_of_signed_treaty_is_no_signing() -> None:
    evs = main_events("5月3日,越南副部长黎明会见老挝大使坎葆。黎明表示,双方同意恰逢越老签署友好合作条约40周年纪念日之际举行奠基仪式。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_anniversary_of_signed_agreement_in_brackets_is_no_signing() -> None:
    evs = main_events("5月3日,越南副部长黎明会见老挝大使坎葆。双方将在两国签署《边界协定》二十周年之际举办活动。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_signing_a_treaty_stays_a_signing() -> None:
    evs = main_events("5月3日,越南外交部长黎明与老挝外交部长坎葆在河内签署了友好合作条约。")
    assert [e["type"] for e in evs if e["type"] == "AGREE"] == ["AGREE"], evs
