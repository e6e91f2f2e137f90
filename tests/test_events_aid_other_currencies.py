"""A sum given or to be given in a currency other than the dollar, euro, dong, yuan or yen
(向越南提供300万澳元, 将向越南提供50亿韩元) is aid like one in dollars. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南获得国际援助\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_sum_in_australian_dollars_is_aid() -> None:
    (ev,) = [e for e in _main("10月20日,澳大利亚政府宣布向越南提供100万澳元,用于帮助中部灾民。") if e["type"] == "AID"]
    assert ev["mode"] is None
    assert ev["amount"]["value"] == 1000000 and ev["amount"]["currency"] == "AUD"
    assert [t["name"] for t in ev["target"]] == ["越南"]


def test_a_sum_in_won_to_come_is_a_pledge() -> None:
    (ev,) = [e for e in _main("10月20日,韩国政府将向越南提供30亿韩元,帮助越南应对洪灾。") if e["type"] == "AID"]
    assert ev["mode"] == "pledge"
    assert ev["amount"]["currency"] == "KRW"
