"""An office chain never reaches back over the verb of an aircraft carrying a leader (``搭载``,
``载有``): in ``搭载某国政府总理X的专机已抵达…`` the title is ``某国政府总理``, without the verb.
Sentences written for the test."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _people(body: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = parse_page(f"越新关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    return {m.name: (m.country, [o.title for o in m.offices]) for m in doc.mentions if m.kind == "person"}


def test_the_plane_carrying_the_prime_minister() -> None:
    got = _people("搭载越南政府总理阮文甲及夫人的专机已于6月3日晚抵达新加坡,开始对新加坡进行正式访问。")
    assert got["阮文甲"] == ("VNM", ["越南政府总理"]), got


def test_the_plane_with_the_president_on_board() -> None:
    got = _people("载有印度尼西亚总统阿迪·苏甘达的专机于8月2日中午降落在内排国际机场。")
    assert got["阿迪·苏甘达"][1] == ["印度尼西亚总统"], got
