"""``首席成员`` (the ranking member of a legislative committee) is an office: the name after it is
read with the country and office before it, and the next one listed shares that country."""

from __future__ import annotations

from dyad import extract, to_record


def test_ranking_member_is_an_office() -> None:
    text = (
        "越南大使会见美国议员\n\n越通社华盛顿——越南驻美国大使范文甲1月22日分别会见了美国参议院外交委员会首席成员"
        "约翰·格林(John Green)和民主党众议员、外交事务委员会委员彼得·布朗(Peter Brown)。(越通社——VNA)\n越通社\n"
    )
    people = {m["name"]: m for e in to_record(extract(text))["events"] for m in e["source"] + e["target"]}
    assert people["约翰·格林"]["country"] == "USA"
    assert people["约翰·格林"]["title"] == "美国参议院外交委员会首席成员"
    assert people["彼得·布朗"]["country"] == "USA"
