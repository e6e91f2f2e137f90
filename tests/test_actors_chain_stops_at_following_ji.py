"""``继`` before an office means "following" (``继越南政府总理X访问老挝之后``): it is no part of
the office, while 相继, 继任 and 继续 are other words."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _people(body: str) -> dict[str, list[str]]:
    doc = parse_page(f"越老关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    return {m.name: [o.title for o in m.offices] for m in doc.mentions if m.kind == "person"}


def test_following_ji_is_not_part_of_the_office() -> None:
    got = _people("黄文明表示,继越南政府总理阮春福2018年5月访问老挝之后,此次访问意义重大。")
    assert got["阮春福"] == ["越南政府总理"], got
