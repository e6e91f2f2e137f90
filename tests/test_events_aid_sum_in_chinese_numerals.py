"""A sum told in Chinese numerals (``八十亿越盾``, ``四千剂``) makes an aid event where the same sum
in digits does (event_triggers v77)."""

from __future__ import annotations

from test_events import events_of


def _aid(text: str) -> list[tuple[float, str]]:
    return [
        (e["amount"]["value"], e["amount"]["currency"])
        for e in events_of(text)
        if e["type"] == "AID" and e["amount"]
    ]


def test_province_funds_a_sum_in_chinese_numerals() -> None:
    text = "越通社河内4月9日电 4月8日,河江省向老挝丰沙里省资助三十亿越盾用于修建一所小学。"
    assert _aid(text) == [(3000000000, "VND")]


def test_pledge_of_a_sum_in_chinese_numerals() -> None:
    text = "越通社河内4月9日电 新西兰将再提供二百万新西兰元,帮助越南中部各省恢复生产。"
    assert _aid(text) == [(2000000, "NZD")]


def test_doses_handed_over_in_chinese_numerals() -> None:
    text = "越通社河内4月9日电 4月8日,越南向柬埔寨移交了八千剂疫苗。"
    assert _aid(text) == [(8000, "doses")]
