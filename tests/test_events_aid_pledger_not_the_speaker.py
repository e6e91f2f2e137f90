"""A pledge told by someone of the receiving side is the other side's: ``A高度评价B将越南视为…,承诺向
越南提供…`` (B, the one praised, pledges; A is of the country given to) and ``越南大使A指出,…,据此,B将向越南
提供…`` (B, named in the pledge's own clause, not the speaker). The announcer of his own country's
pledge (``X宣布,美国将再向越南…``) still pledges. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[tuple[list[str], list[str]]]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in rec["events"] if e["type"] == "AID"]


def test_praised_side_pledges() -> None:
    body = "4月8日,阮文甲会见芬兰外交部长维塔宁。阮文甲高度评价芬兰将越南视为优先伙伴,承诺向越南提供3.3亿欧元的优惠贷款。"
    assert (["芬兰"], ["越南"]) in _aid(body)


def test_side_named_in_its_own_clause_pledges() -> None:
    body = "越南驻芬兰大使阮文乙指出,越南和芬兰将早日签署合作备忘录,据此,芬兰将向越南提供总额为2亿美元信贷款项,用于采购船只。"
    assert _aid(body) == [(["芬兰"], ["越南"])]


def test_announcer_of_his_own_country_still_pledges() -> None:
    body = "美国副总统哈里斯宣布,美国将再向越南无偿援助200万剂疫苗。"
    assert _aid(body) == [(["哈里斯"], ["越南"])]
