"""``…越南祖国阵线等领导…代表出席开幕式`` of ``越南共产党第十五次全国代表大会``: Vietnamese bodies at
the opening of a Vietnamese congress attend a domestic ceremony, no meeting with a foreign side."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = """越南共产党第十五次全国代表大会在河内隆重开幕

1月20日上午8时整,越南共产党第十五次全国代表大会在河内美亭国家会议中心隆重开幕。

越通社河内——1月20日上午8时整,越南共产党第十五次全国代表大会在河内美亭国家会议中心隆重开幕。

代表全国520多万名党员的1600名代表出席会议。

原党、国家、越南祖国阵线等领导,老革命同志,知识界人士,宗教神职人员,青年一代等代表出席开幕式。

此外,各国驻越大使、代办,驻越南各国际组织首席代表等一同出席。(越通社——VNA)
"""


def test_home_leaders_at_the_opening_of_a_home_congress_are_no_event() -> None:
    evs = to_record(extract(PAGE))["events"]
    assert not [e for e in evs if e["type"] == "CONSULT"], evs
