"""月 (Nguyệt) inside a Vietnamese name (阮月娥, 陈月明) is part of the name, not a month."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> list[str]:
    text = f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text))["actors"] if a["kind"] == "person"]


def test_a_vietnamese_name_with_yue_is_read() -> None:
    assert "陈月明" in _people("5月4日,泰国副总理颂猜·威拉军会见了越南妇女联合会主席陈月明。")


def test_a_month_is_still_no_name() -> None:
    assert "阮5月" not in _people("越南政府副总理阮明5月4日会见了泰国副总理颂猜·威拉军。")
