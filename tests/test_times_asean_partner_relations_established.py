"""``东盟-美国建交45周年``: ASEAN's relations with a partner told with 建交 count from ASEAN's
dialogue row, not from Viet Nam's own relations with that country."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"东盟与伙伴加强合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_asean_relations_established_anniversary_dates_the_summit() -> None:
    dates = _dates("越南政府副总理陈国鸿出席于6月8日至9日在美国纽约举行的东盟-美国建交45周年特别峰会。")
    assert dates == ["2022-06-08/2022-06-09"]


def test_asean_and_partner_with_a_conjunction() -> None:
    dates = _dates("越南政府总理陈国鸿出席于6月8日在东京举行的东盟与日本建交50周年纪念峰会。")
    assert dates == ["2023-06-08"]


def test_viet_nam_relations_established_still_count_from_viet_nam_row() -> None:
    dates = _dates("6月8日,越南政府副总理陈国鸿会见美国驻越南大使马丁·罗哈斯。今年是越南与美国建交25周年。")
    assert dates == ["2020-06-08"]
