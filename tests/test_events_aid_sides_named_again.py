"""A side named earlier in the sentence and named again in the clause of a gift is still that
gift's giver or receiver: ``越南成为芬兰的重要伙伴,芬兰向越南提供…`` (the giver opens its own
clause), ``…与越南建立外交关系,同时为越南提供…`` (the receiver after 为) and ``…,承诺在2030—2035年向越南
提供…`` (the receiver after 向, a longer time before it). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[tuple[list[str], list[str]]]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in rec["events"] if e["type"] == "AID"]


def test_giver_named_again_at_its_clause_head() -> None:
    assert _aid("越南成为芬兰的重要伙伴,芬兰向越南提供800万美元援助。") == [(["芬兰"], ["越南"])]


def test_receiver_named_again_after_wei() -> None:
    assert _aid("1975年3月4日,芬兰与越南建立外交关系,同时为越南提供无偿援助资金。") == [(["芬兰"], ["越南"])]


def test_receiver_named_again_after_a_long_clause_head() -> None:
    got = _aid(
        "越南成为芬兰第一大受援国,芬兰已从合作基金向越南提供总额为3亿美元的优惠贷款,承诺在2030—2035年向越南提供总额为5亿美元的官方发展援助。"
    )
    assert got and all(tgt == ["越南"] for _src, tgt in got)
