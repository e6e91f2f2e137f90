"""Aid named as what a project uses (利用芬兰政府提供的官方发展援助的项目, 使用X提供的贷款) tells no gift;
with a sum it is still read. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_funds_a_project_uses_are_no_gift() -> None:
    assert _aid("越南将利用丹麦政府提供的官方发展援助建设该项目。") == []
    assert _aid("双方签署了协议,为实施利用丹麦政府提供的官方发展援助和优惠贷款的项目夯实基础。") == []


def test_a_gift_told_outright_stays() -> None:
    assert _aid("3月5日,丹麦政府向越南提供了500万美元的官方发展援助。")
