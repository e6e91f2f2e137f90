"""Real-page audit (h54): ``值此X勋爵当选汤加王国总理之际,…致贺电``: a foreigner named only in the
occasion of an election takes the country of the office he is elected to (TON), not none."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _countries(body: str) -> dict[str, str | None]:
    doc = parse_page(f"越南领导人致电祝贺\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    return {m.name: m.country for m in doc.mentions if m.kind == "person"}


def test_lord_elected_prime_minister() -> None:
    got = _countries("值此塔尼拉·图普勋爵当选汤加王国总理之际,越南政府总理范明政向其致贺电。")
    assert got.get("塔尼拉·图普") == "TON", got


def test_elected_president_with_a_courtesy_word() -> None:
    got = _countries("值此阿罗约·门德斯先生再次当选为厄瓜多尔总统之际,越南国家主席梁强向其致贺电。")
    assert got.get("阿罗约·门德斯") == "ECU", got
