"""Real-page audit (h90): ``东盟领导人达成共识并发表了…联合声明``: the leaders of a bloc named by
it (东盟领导人, 东盟各国外长) adopt the document at their forum, as 六国领导人 and 各国领导人 did;
the bloc alone (东盟) was the source, with no forum."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("leaders", ["东盟领导人", "东盟各国领导人", "金砖国家领导人"])
def test_bloc_leaders_adopt_at_their_forum(leaders: str) -> None:
    rec = to_record(
        extract(
            "峰会以视频方式举行\n\n越通社河内——11月12日,第37届东盟峰会以视频方式举行。"
            f"{leaders}达成共识并通过了关于疫后复苏的联合声明。(完)\n"
        )
    )
    agreed = [e for e in rec["events"] if e["type"] == "AGREE"]
    assert agreed, rec["events"]
    assert [m["name"] for m in agreed[0]["source"]] == [leaders], agreed
    assert agreed[0]["target"] and "峰会" in agreed[0]["target"][0]["name"], agreed
