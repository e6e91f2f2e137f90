"""The Pope written 弗朗西斯 (as VNA also writes 方济各) is of the Holy See, even named in a list right
after an Italian leader; another Francis with a family name stays who he is. Sentences written for
the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_pope_listed_after_an_italian_leader_is_of_the_holy_see() -> None:
    rec = to_record(
        extract(
            "访问\n\n越通社罗马——应意大利共和国总统马里奥·罗西(Mario Rossi)、教皇弗朗西斯(Francis)的邀请,"
            "越南国家主席阮文甲于11月21日至24日对意大利进行国事访问并访问梵蒂冈。3月5日,阮文甲会见了"
            "美国学者弗朗西斯·林(Francis Lin)。(越通社-VNA)\n"
        )
    )
    people = {p["name"]: p["country"] for e in rec["events"] for p in e["source"] + e["target"]}
    assert people.get("弗朗西斯") == "VAT", people
    assert people.get("弗朗西斯·林") == "USA", people
