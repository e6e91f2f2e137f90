"""``陈丙总理向努尔·别克总统通报…``: 向 after an office is the preposition "to"; a transliterated name
written with its dot takes no Chinese surname 向 before it."""

from __future__ import annotations

from dyad import extract


def _persons(sentence: str) -> list[str]:
    doc = extract(f"题\n\n越通社河内——{sentence}(越通社-VNA)\n")
    return [m.name for m in doc.mentions if m.kind == "person"]


def test_xiang_after_an_office_is_no_part_of_a_dot_name() -> None:
    assert "阿坦·别克" in _persons("陈丙总理向阿坦·别克总统汇报了访问成果。")
    assert "向阿坦·别克" not in _persons("陈丙总理向阿坦·别克总统汇报了访问成果。")
