"""Gifts the two sides give each other (``双方互相赠送战争遗物``) are an exchange of keepsakes, not aid
from one to the other; a gift of goods from one side stays aid."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def aid_of(body: str) -> list[dict[str, Any]]:
    text = f"智利总统访问越南\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_relics_given_each_other_are_no_aid() -> None:
    assert aid_of("2023年9月13日,智利总统马丁·罗哈斯与越南国家主席陈国鸿互相赠送战争遗物。") == []


def test_exchange_witnessed_is_no_aid() -> None:
    body = "2023年9月13日,智利总统马丁·罗哈斯与越南国家主席陈国鸿共同见证了双方相互赠送战争遗物。"
    assert aid_of(body) == []


def test_goods_given_by_one_side_stay_aid() -> None:
    evs = aid_of("2023年9月13日,智利向越南赠送了一批救护车。")
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in evs] == [("智利", "越南")]
