"""A known office-holder whose name the office reading leaves (``本`` opens no name after an
office: 本届, 本次) still takes the office chain written right before him, alone or as the
second of two people joined by 和."""

from __future__ import annotations

import pytest

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


@pytest.mark.parametrize(
    "body",
    [
        "3月9日,老挝国家主席本扬在万象会见了越南友好代表团。",
        "老挝总理阿努冯和老挝国家主席本扬分别致电越南领导人表示祝贺。",
    ],
)
def test_known_name_keeps_the_office_before_it(body: str) -> None:
    doc = parse_page(f"越老关系\n\n越通社万象——{body}\n")
    annotate_actors(doc)
    got = {m.name: ([o.title for o in m.offices], m.country) for m in doc.mentions if m.kind == "person"}
    assert got.get("本扬") == (["老挝国家主席"], "LAO"), got
