"""``分别会见了A(Latin),B(Latin),C党领导班子,D(Latin),同时前往…``: people met listed with commas (a
translation's 、), each item closing on a Latin name or opening on a country's name, are each met."""

from __future__ import annotations

from dyad import extract, to_record


def _met(body: str) -> set[str]:
    text = f"越南部长访问智利\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    return {t["name"] for e in to_record(extract(text))["events"] if e["mode"] == "meeting" for t in e["target"]}


def test_each_person_of_a_comma_list_is_met() -> None:
    met = _met(
        "访问期间,越南代表团分别会见了智利外交部长阿尔贝托·范克拉韦伦(Alberto van Klaveren),智利众议长"
        "卡罗尔·卡里奥拉(Karol Cariola),智利共产党领导班子,智利经济部长尼古拉斯·格劳(Nicolás Grau),"
        "同时走访了一家葡萄酒厂。"
    )
    assert {"阿尔贝托·范克拉韦伦", "卡罗尔·卡里奥拉", "尼古拉斯·格劳"} <= met, met


def test_a_clause_after_the_latin_name_is_no_list_item() -> None:
    met = _met("访问期间,越南代表团会见了智利外交部长阿尔贝托·范克拉韦伦(Alberto van Klaveren),双方讨论了两国合作。")
    assert met == {"阿尔贝托·范克拉韦伦"}, met
