"""A sum written in parts, its 亿 or 万 part before the last figure (``1亿6000万``, ``一亿五千万``,
``2万5000``), is read as one sum, not as its last part alone."""

from __future__ import annotations

from dyad.extraction.events import find_amounts
from test_events import events_of


def _read(text: str) -> list[tuple[float, str]]:
    return [(a.value, a.currency) for a in find_amounts(text, 0, len(text))]


def test_hundred_millions_and_ten_thousands_in_digits() -> None:
    assert _read("捐赠3亿2500万越盾") == [(325000000.0, "VND")]


def test_hundred_millions_in_chinese_numerals() -> None:
    assert _read("提供二亿四千万欧元和一万二千剂疫苗") == [(240000000.0, "EUR"), (12000.0, "doses")]


def test_ten_thousands_then_thousands() -> None:
    assert _read("援助2万5000美元") == [(25000.0, "USD")]


def test_aid_event_keeps_the_whole_sum() -> None:
    evs = [e for e in events_of("越通社河内3月4日电 日本向越南提供7亿3000万日元无偿援助。") if e["type"] == "AID"]
    assert evs and (evs[0]["amount"]["value"], evs[0]["amount"]["currency"]) == (730000000, "JPY"), evs


def test_ten_thousands_before_hundred_millions() -> None:
    assert _read("提供4万1000亿越盾") == [(4.1e12, "VND")]
    assert _read("提供四万一千亿越盾") == [(4.1e12, "VND")]
