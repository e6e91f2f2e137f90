"""A gift drawn from a fund (A已从X基金会向B提供…) is given by A: the fund is the channel, like
通过X, and the giver's name does not run on into the fund's. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_giver_before_the_fund_drawn_from() -> None:
    evs = _aid("在2010—2014年阶段,日本已从亚洲合作基金会向老挝提供总额为5亿美元的优惠贷款。")
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["source"]] == ["日本"]
    assert [p["name"] for p in evs[0]["target"]] == ["老挝"]


def test_giver_named_with_yijing_cong() -> None:
    evs = _aid("在2010—2014年阶段,日本已经从亚洲合作基金会向老挝提供总额为5亿美元的优惠贷款。")
    assert [p["name"] for p in evs[0]["source"]] == ["日本"]


def test_giver_named_earlier_in_the_sentence_too() -> None:
    evs = _aid("老挝成为日本第一大被援助国,在2010—2014年阶段,日本已从亚洲合作基金会向老挝提供总额为5亿美元的优惠贷款。")
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["source"]] == ["日本"]
