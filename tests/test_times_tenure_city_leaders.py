"""Ho Chi Minh City and Hanoi leaders (市委书记, 人民委员会主席) have terms: a page naming one with a
day and no year dates to his term."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(text: str) -> list[str | None]:
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_city_party_secretary_dates_the_meeting() -> None:
    text = (
        "胡志明市与日本大阪府加强合作\n\n越通社胡志明市——9月20日,胡志明市委书记丁罗升会见了来访的日本大阪府副知事"
        "田中一郎。双方同意加强旅游合作。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2016-09-20"]


def test_a_city_chairman_dates_the_meeting() -> None:
    text = (
        "河内市与韩国仁川市加强合作\n\n越通社河内——11月3日,河内市人民委员会主席朱玉英会见了来访的韩国仁川市副市长"
        "金大中。双方同意加强交通合作。(越通社-VNA)\n越通社\n"
    )
    assert _dates(text) == ["2021-11-03"]
