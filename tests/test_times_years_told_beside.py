"""Years the text tells beside the story's own: ``建交45年以来`` counts the years since relations began
(as ``建交45年来`` and ``建交45周年`` do); ``2016年和今年前9个月`` tells this year as the one after 2016;
``2021年初以来`` a stretch from the start of the year the story is told in, when the terms of the people
named leave several years."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.extraction.time_knowledge import find_anniversaries


def _dates(body: str) -> list[str | None]:
    page = f"两国合作不断深化\n\n越通社河内——{body}\n\n越通社\n"
    return [e["date"] for e in to_record(extract(page))["events"] if e["type"] == "CONSULT"]


def test_ties_counted_since_with_yi() -> None:
    text = "会谈中,双方对越澳建交45年以来两国关系的发展表示满意。"
    facts = find_anniversaries(text, 0, len(text))
    assert [f.year for f in facts] == [2018], facts


def test_this_year_told_beside_the_year_before() -> None:
    body = (
        "10月25日,越南政府总理阮春福在河内会见老挝政府总理通伦·西苏里。"
        "2016年和今年前9个月,两国贸易额达12亿美元。"
    )
    assert _dates(body) == ["2017-10-25"]


def test_stretch_from_the_start_of_a_year() -> None:
    body = (
        "9月11日,越南外交部长裴青山在河内与中国国务委员兼外交部长王毅举行会谈。"
        "双方一致认为,2022年初以来,两国高层保持频繁接触。"
    )
    assert _dates(body) == ["2022-09-11"]


def test_whole_year_figure_named_before_its_year() -> None:
    body = (
        "9月19日,越南国会主席阮氏金银在河内会见新西兰议长特雷弗·马拉德。"
        "双方表示,双边贸易总额持续增长,2018年达到12亿美元,比2017年增长15%。"
    )
    assert _dates(body) == ["2019-09-19"]


def test_whole_year_total_of_imports_and_exports() -> None:
    body = (
        "5月22日,越南政府总理范明政在河内会见中国广西壮族自治区党委书记刘宁。"
        "2023年,广西与越南进出口总额达到450亿美元。"
    )
    assert _dates(body) == ["2024-05-22"]
