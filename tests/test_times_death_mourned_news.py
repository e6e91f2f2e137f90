"""A death told as the news with the mourning before the name (``深切哀悼X同志的逝世``) dates the
page's year-less days to the weeks after that death, as ``就X逝世致唁电`` does; and the deaths the
news of later years mourn (a former Vietnamese president in 2025, a Singaporean statesman in 2015)
are in the table."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"各国代表吊唁\n\n越通社河内——{body}(越通社-VNA)\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]


def test_mourning_before_the_name_dates_the_visit() -> None:
    body = "8月12日,柬埔寨国会副主席占·索帕前来吊唁,在吊唁簿上留言,深切哀悼黎可漂同志的逝世。"
    assert _dates(body) == ["2020-08-12"]


def test_former_president_died_2025() -> None:
    body = "5月24日,老挝国会副主席宋玛·奔舍那前来吊唁,深切哀悼陈德良同志的逝世。"
    assert _dates(body) == ["2025-05-24"]


def test_singapore_statesman_died_2015() -> None:
    body = "3月25日,越南驻新加坡大使阮文中前往新加坡总统府吊唁,对李光耀逝世表示深切哀悼。"
    assert _dates(body) == ["2015-03-25"]
