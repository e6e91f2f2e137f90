"""Two signings between the same two countries, each told in its own sentence with a document of
another kind right after the verb (a joint statement, then a cooperation agreement), are two
documents signed, not one signing told twice; the same kind told twice stays one. Sentences written
for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AGREE"]


def test_statement_and_agreement_are_two_signings() -> None:
    got = _signings(
        "越南国会主席开始对智利进行正式访问\n\n越通社圣地亚哥——越南国会主席黎明山3月30日抵达圣地亚哥,"
        "开始对智利进行正式访问。\n\n越智两国于1971年3月正式建交。2009年,两国签署了建立全面伙伴关系的联合声明。"
        "两国高层互访频繁。越南国会与智利国会签署了合作协议。(越通社-VNA)\n"
    )
    evidence = sorted(e["evidence"]["text"] for e in got)
    assert len(got) == 2, got
    assert any("联合声明" in t for t in evidence) and any("合作协议" in t for t in evidence)


def test_same_kind_told_twice_stays_one() -> None:
    got = _signings(
        "越南与智利签署合作协议\n\n越通社圣地亚哥——3月30日,越南国会与智利国会签署了合作协议。"
        "双方表示,越南国会与智利国会签署了合作协议是两国议会关系的重要一步。(越通社-VNA)\n"
    )
    assert len(got) <= 1, got
