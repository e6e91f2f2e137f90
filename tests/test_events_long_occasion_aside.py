"""``值此X国庆50周年(…—…)暨Y诞辰105周年(…—…)之际,A与B联合举办…``: an occasion long with its
bracketed days still only frames the act; Y, whose birth it honours, and his ministry take no part in it."""

from __future__ import annotations

from dyad import extract, to_record


def test_leader_of_a_long_occasion_is_no_party() -> None:
    page = (
        "测试标题\n\n越通社万象——值此庆祝越南社会主义共和国国庆80周年(1945年9月2日—2025年9月2日)"
        "暨越南外交部原部长阮文丙诞辰100周年(1925年5月19日—2025年5月19日)之际,越南驻老挝大使馆与老挝国立大学"
        "于5月15日在万象联合举办座谈会。(越通社——VNA)\n"
    )
    names = {p["name"] for e in to_record(extract(page))["events"] for p in e["source"] + e["target"]}
    assert not names & {"阮文丙", "越南外交部", "越南社会主义共和国"}, names
    assert {"越南驻老挝大使馆", "老挝国立大学"} <= names, names
