"""The 2024-2025 government changes in tenure.tsv: 黎怀忠 acting foreign minister from 2025-08-29 and
minister after, 裴青山's foreign ministry ending then; 胡德福 deputy prime minister from 2024-08-26;
熊波 China's ambassador into 2024. A month and day told with one of them named in office takes the
only year the term holds."""

from __future__ import annotations

from dyad import extract, to_record


def _date(lead: str) -> str | None:
    page = f"越通社河内——{lead}\n\n双方就合作交换意见。(越通社-VNA)\n越通社\n"
    return next(e["date"] for e in to_record(extract(page))["events"] if e["section"] == "main")


def test_acting_foreign_minister_dates_his_autumn() -> None:
    assert _date("9月15日下午,越南外交部代理部长黎怀忠在河内会见某国驻越南大使阮甲乙。") == "2025-09-15"


def test_foreign_minister_le_hoai_trung_in_spring_is_the_year_after() -> None:
    assert _date("3月5日,越南外交部长黎怀忠在河内会见某国驻越南大使阮甲乙。") == "2026-03-05"


def test_bui_thanh_son_foreign_minister_and_deputy_pm_in_one_story() -> None:
    assert _date("7月2日,越南政府副总理胡德福在河内会见某国驻越南大使阮甲乙。外交部长裴青山陪同会见。") == "2025-07-02"


def test_standing_secretary_luong_cuong_dates_his_months_of_2024() -> None:
    lead = "6月3日,越共中央书记处常务书记梁强在河内会见老挝驻越南大使阮甲乙。"
    assert _date(lead) == "2024-06-03"


def test_xiong_bo_was_still_china_s_ambassador_in_2024() -> None:
    """熊波 received in June 2024 (VNA pages show him in post at the August 2024 state visit)."""
    lead = "6月3日,越共中央书记处常务书记梁强在河内会见中国驻越南大使熊波。"
    assert _date(lead) == "2024-06-03"
