"""Documents named as what is carried out (落实两国高层领导签署的协议), with no year told, are an
undated background mention, no signing of their own."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_signed_documents_carried_out_are_no_signing() -> None:
    evs = main_events(
        "10月24日下午,越南国防部副部长阮文甲中将接见了由老挝国防部副部长坎平率领的老挝代表团。"
        "双方一致认为,两国军队应带头落实两国高层领导签署的协议。"
    )
    assert [e for e in evs if e["type"] == "AGREE"] == [], evs
    assert [e["type"] for e in evs] == ["CONSULT"], evs
