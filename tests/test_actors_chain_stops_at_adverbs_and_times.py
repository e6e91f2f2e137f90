"""An office chain never reaches back over an adverb, a time word or a verb before it
(``此外还有``, ``半年后``, ``将继续推动``, ``时派遣``, ``建议``): the title is the office alone."""

from __future__ import annotations

import pytest

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("陪同访问的有外交部长黎明,此外还有越共中央办公厅副主任阮文甲。", "阮文甲", "越共中央办公厅副主任"),
        ("2023年5月,越共中央总书记访华,半年后越南政府总理范明政对中国进行正式访问。", "范明政", "越南政府总理"),
        ("两国将继续推动越共中央总书记苏林与中共中央总书记习近平所达成的共识落地。", "苏林", "越共中央总书记"),
    ],
)
def test_the_title_starts_after_the_word(body: str, name: str, title: str) -> None:
    doc = parse_page(f"越中关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    got = {m.name: [o.title for o in m.offices] for m in doc.mentions if m.kind == "person"}
    assert got.get(name) == [title], got
