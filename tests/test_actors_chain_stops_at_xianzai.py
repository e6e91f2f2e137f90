"""An office chain stops at 在 after 现 as at any 在 (``体现在越南国家主席X``, ``现在越南…X``):
体现在 and 现在 are words that open no office, so the title is the office alone."""

from __future__ import annotations

import pytest

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("两国关系日益密切,这体现在越共中央总书记阮文甲于2011年3月访问智利。", "阮文甲", "越共中央总书记"),
        ("其成效体现在越南国家主席黎文乙2019年对秘鲁进行的国事访问中。", "黎文乙", "越南国家主席"),
    ],
)
def test_the_title_starts_after_xianzai(body: str, name: str, title: str) -> None:
    doc = parse_page(f"越智关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    got = {m.name: [o.title for o in m.offices] for m in doc.mentions if m.kind == "person"}
    assert got.get(name) == [title], got
