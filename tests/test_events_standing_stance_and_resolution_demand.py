"""A protest told as a standing position (``甲国人民一向反对乙国对丙国的封锁``, no day told) is no
ACCUSE event, and a demand that is what a resolution or a draft asks for (``支持联合国大会关于要求
乙国停止…的决议``) is no REQUEST of the speaker; a dated protest and a demand to abide by a
resolution stay."""

from __future__ import annotations

from dyad import extract, to_record


def _types(body: str) -> list[str]:
    text = f"甲国与丙国友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e["type"] for e in to_record(extract(text))["events"]]


def test_standing_opposition_is_no_accuse() -> None:
    assert "ACCUSE" not in _types("越南人民一向反对乙国对丙国的禁运和封锁,强调将与丙国人民并肩前行。")
    assert "ACCUSE" not in _types("越南一贯坚决反对对丙国实施的封锁和制裁。")


def test_dated_protest_with_standing_word_is_kept() -> None:
    assert "ACCUSE" in _types("3月8日,越南外交部发言人黎文甲表示,越南始终坚决反对乙国在越南海域的违法活动。")


def test_demand_inside_a_resolution_is_no_request() -> None:
    assert "REQUEST" not in _types(
        "3月8日,越南外交部发言人黎文甲表示,越南大力支持联合国大会关于要求乙国立即停止对丙国实施禁运的决议。"
    )
    assert "REQUEST" not in _types(
        "丙国驻越南大使何塞·马丁认为,见面会在联合国大会投票,要求乙国停止对丙国进行经济禁运草案之际举行更具意义。"
    )


def test_demand_to_abide_by_a_resolution_is_kept() -> None:
    assert "REQUEST" in _types("3月8日,越南外交部发言人黎文甲表示,越南要求乙国立即停止违法行为,遵守安理会相关决议。")
