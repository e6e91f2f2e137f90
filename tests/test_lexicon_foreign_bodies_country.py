"""Foreign bodies and a city the tables did not know, whose officials were left with no country:
South Africa's foreign ministry by its acronym (DIRCO副部长X), the Cuban friendship institute as
written with 与 (古巴与各国人民友好协会主席X), the Brazilian city of Belém (贝伦市市长X, never the
贝伦 that ends a foreign name)."""

from __future__ import annotations

from dyad import extract, to_record


def _people(text: str) -> dict[str, dict]:
    evs = to_record(extract(text))["events"]
    return {m["name"]: m for e in evs for m in e["source"] + e["target"]}


TEXT = (
    "越南官员会见外国官员\n\n越通社河内——3月5日,越南驻南非大使黄文甲与负责亚洲事务的DIRCO副部长玛丽·恩科西进行会晤。"
    "\n\n3月6日,越南国会副主席阮文乙在哈瓦那会见古巴与各国人民友好协会主席卡拉·戈麦斯(Carla Gomez)。"
    "\n\n5月7日,越南驻巴西大使裴文丙会见贝伦市市长伊万·罗查(Ivan Rocha)。"
    "\n\n7月8日,越南国家主席陈文丁在维也纳同奥地利总统彼得·范德贝伦举行会谈。(越通社——VNA)\n越通社\n"
)


def test_foreign_officials_take_the_country_of_their_body() -> None:
    people = _people(TEXT)
    assert people["玛丽·恩科西"]["country"] == "ZAF"
    assert people["卡拉·戈麦斯"]["country"] == "CUB"
    assert people["伊万·罗查"]["country"] == "BRA"
    assert people["彼得·范德贝伦"]["country"] == "AUT"
