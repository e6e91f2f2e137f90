"""A transliterated name whose parts a hyphen joins, told with its Latin spelling (``易卜拉欣-拉希姆-帕尔
(Ibrahim Rahim-Pour)``), is the person after the office: not the ministry before it."""

from __future__ import annotations

from dyad import extract, to_record


def test_hyphen_joined_name_is_the_visitor() -> None:
    text = (
        "两国合作潜力巨大\n\n越通社河内——2015年3月秘鲁外交部副部长胡安-卡洛斯-佩雷斯(Juan Carlos-Perez)访问越南。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert evs
    visitor = evs[0]["source"][0]
    assert visitor["name"] == "胡安-卡洛斯-佩雷斯"
    assert visitor["title"] == "秘鲁外交部副部长"


def test_pair_of_countries_is_no_name() -> None:
    text = "两国合作潜力巨大\n\n越通社河内——5月3日,越南国家主席陈文甲会见了秘鲁总统胡安·佩雷斯。越南-秘鲁友好协会主席出席。(越通社——VNA)\n越通社\n"
    names = {m["name"] for e in to_record(extract(text))["events"] for m in e["source"] + e["target"]}
    assert "越南-秘鲁" not in names
