"""Bare foreign names in headlines: partners listed with 和/、 are read one by one (two
characters will do inside such a list), a traveller ending a trip (X圆满结束对越南进行的正式访问)
is read, and so is the first part of a dot name the page gives whole."""

from __future__ import annotations

from dyad import extract, to_record

HOST = (
    "越南与新西兰举行政治磋商\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武与新西兰外交贸易部副秘书长"
    "在河内举行第五次政治磋商。\n\n双方同意加强合作。\n\n越通社\n\n更多\n\n"
)


def _teaser(title: str, summary: str = "") -> dict:
    page = HOST + f"{title} 图自越通社\n\n{title}\n\n{summary}\n"
    related = [e for e in to_record(extract(page))["events"] if e["section"] == "related"]
    assert len(related) == 1, related
    return related[0]


def _names(side: list[dict]) -> set[str]:
    return {p["name"] for p in side}


def test_listed_partners_of_a_call() -> None:
    ev = _teaser("政府总理黎文安与塔瓦坎和萨塔诺夫通电话")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "phone"), ev
    assert _names(ev["target"]) == {"塔瓦坎", "萨塔诺夫"}, ev


def test_two_character_names_in_a_list() -> None:
    ev = _teaser("政府总理黎文安与卡伦和萨塔通电话")
    assert _names(ev["target"]) == {"卡伦", "萨塔"}, ev


def test_traveller_ending_a_trip() -> None:
    ev = _teaser("卡伦提圆满结束对越南进行的正式访问")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "visit"), ev
    assert _names(ev["source"]) == {"卡伦提"}, ev


def test_first_part_of_a_whole_dot_name() -> None:
    ev = _teaser(
        "卡伦提圆满结束对越南进行的正式访问",
        "芬兰总统卡伦提·萨塔诺夫(Karl Satanov)圆满结束对越南进行的正式访问。",
    )
    assert (ev["type"], ev["mode"]) == ("CONSULT", "visit"), ev
