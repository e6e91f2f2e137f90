"""A Vietnamese-style name read with no office chain but a leader's bare title right after it
(``X总理会见…``) on a Vietnam News Agency page is Viet Nam's, on sentences and names invented for
these tests (the names are in no lexicon)."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _countries(body: str, name: str) -> list[str | None]:
    doc = parse_page(f"测试标题:越南与日本加强合作\n\n越通社河内——{body}(越通社——VNA)\n")
    annotate_actors(doc)
    return [m.country for m in doc.mentions if m.kind == "person" and m.name == name]


def test_bare_title_after_a_vietnamese_style_name() -> None:
    got = _countries("甘明瑄总理4月2日会见了日本某县知事一行。", "甘明瑄")
    assert got and all(c == "VNM" for c in got)


def test_chair_title_after_the_name() -> None:
    got = _countries("农德琨主席表示,越南愿同日本加强合作。", "农德琨")
    assert got and all(c == "VNM" for c in got)


def test_chinese_surname_is_not_read_as_home() -> None:
    got = _countries("詹德琨总理4月2日会见了日本某县知事一行。", "詹德琨")
    assert all(c != "VNM" for c in got)
