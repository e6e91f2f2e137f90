"""A signing in the main article told by one side alone, with no counterpart and no date
(``越南已签署多项自贸协定``, ``中央委员会讨论通过签署《…协定》的主张``), is a policy or a record
recalled, not an agreement; a signing with a named counterpart stays."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _agreements(body: str) -> list[dict[str, Any]]:
    text = f"越共中央全会讨论经济议题\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_policy_of_signing_is_no_agreement() -> None:
    body = "越共十一届十五中全会3月4日开幕。全会上,中央委员会讨论通过签署《东亚投资便利协定》的主张。"
    assert _agreements(body) == []


def test_record_of_signed_treaties_is_no_agreement() -> None:
    body = "3月4日,陈文平总书记表示,越南近年来积极进行谈判并签署了多项自贸协定,以扩大出口市场。"
    assert _agreements(body) == []


def test_signing_with_a_counterpart_stays() -> None:
    body = "3月4日,越南工贸部部长黎文安与老挝工贸部部长坎玛尼在河内签署了双边贸易协定。"
    assert len(_agreements(body)) == 1
