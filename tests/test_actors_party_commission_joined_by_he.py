"""The Party's commission for information, education and mass mobilisation is written with 与 or
with 和 (``中央宣教和民运部副部长X``): the 和 inside its name joins no two offices, so the title
keeps the whole name."""

from __future__ import annotations

import pytest

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


@pytest.mark.parametrize(
    "body",
    [
        "越共中央委员、中央组织部副部长阮文甲;中央宣教和民运部副部长黎文乙共同主持了会议。",
        "6月2日,中央宣教和民运部副部长黎文乙在河内会见了老挝客人。",
    ],
)
def test_the_title_keeps_the_whole_commission(body: str) -> None:
    doc = parse_page(f"越老关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    got = {m.name: ([o.title for o in m.offices], m.country) for m in doc.mentions if m.kind == "person"}
    assert got.get("黎文乙") == (["中央宣教和民运部副部长"], "VNM"), got
