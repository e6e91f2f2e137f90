"""Anniversaries counted from rows of anniversaries.tsv: accession to ASEAN (bare 加入东盟 is Viet
Nam's, the other members' accessions are their own), the All-People National Defence Day, José
Martí's birth and death, and 世界反法西斯胜利 written without 战争."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.extraction.time_knowledge import find_anniversaries


def _years(text: str) -> list[int]:
    return [f.year for f in find_anniversaries(text, 0, len(text))]


def test_accession_to_asean() -> None:
    assert _years("今年恰逢越南纪念加入东盟25周年。") == [1995 + 25]
    assert _years("代表团出席了柬埔寨加入东盟20周年纪念会。") == [1999 + 20]
    assert _years("老挝加入东盟25周年图片展开幕。") == [1997 + 25]


def test_defence_day_marti_and_victory() -> None:
    assert _years("这是庆祝全民国防日30周年的活动之一。") == [1989 + 30]
    assert _years("各界纪念何塞·马蒂逝世120周年。") == [1895 + 120]
    assert _years("会议纪念何塞·马蒂诞辰165周年。") == [1853 + 165]
    assert _years("值此世界反法西斯胜利75周年之际。") == [1945 + 75]


def test_accession_anniversary_dates_a_visit() -> None:
    body = (
        "越通社雅加达——应东盟秘书长的邀请,3月12日,越南国家副主席黎氏红率团访问东盟秘书处。\n\n"
        "此次访问正值越南纪念加入东盟25周年,意义重大。"
    )
    text = f"越南国家副主席访问东盟秘书处\n\n{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs and all(e["date"] == "2020-03-12" for e in evs), evs
