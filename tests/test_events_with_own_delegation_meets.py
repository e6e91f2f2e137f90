"""``A同越南高级代表团…会见了B``: 同 joins A's own delegation to him; B, after the verb, is the one met."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    text = f"越南领导人在外国会见总统\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_leader_with_his_own_delegation_meets_the_host() -> None:
    evs = _meetings(
        "在对智利进行国事访问期间,越南国家主席武文赏同越南高级代表团于5月19日上午在圣地亚哥"
        "会见了智利总统加夫列尔·博里奇(Gabriel Boric)。"
    )
    pairs = {(e["source"][0]["name"], t["name"]) for e in evs for t in e["target"]}
    assert ("武文赏", "加夫列尔·博里奇") in pairs, evs
    assert not any(t["name"].endswith("代表团") for e in evs for t in e["target"]), evs


def test_a_foreign_delegation_after_tong_is_still_the_one_met() -> None:
    evs = _meetings("5月19日,越南国家主席武文赏在河内同智利议会代表团会见了越南企业代表。")
    sides = {p["name"] for e in evs for p in e["source"] + e["target"]}
    assert "智利议会代表团" in sides and "武文赏" in sides, evs
