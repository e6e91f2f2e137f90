"""Cambodia's foreign minister is written with or without 部 (外交与国际合作大臣): the 与 inside the
office joins no two offices, so the title keeps it whole with the rank before 兼."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def test_title_keeps_the_whole_ministry() -> None:
    body = "6月2日,越南外交部长黎文甲会见了柬埔寨王国副首相兼外交与国际合作大臣宋金乙。"
    doc = parse_page(f"越柬关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    got = {m.name: ([o.title for o in m.offices], m.country) for m in doc.mentions if m.kind == "person"}
    assert got.get("宋金乙") == (["柬埔寨王国副首相兼外交与国际合作大臣"], "KHM"), got
