"""An office chain read leftwards from a name stops at 符合/按照/依照/遵照 ("in line with",
"according to"): ``符合越共中央总书记X…访问期间…的共识`` gives X the office 越共中央总书记, not
one opening with the verb. Sentences written for these tests."""

from __future__ import annotations

from dyad import extract


def _people(body: str) -> dict[str, list[str]]:
    doc = extract(f"越老关系\n\n越通社河内——{body}(越通社——VNA)\n越通社\n")
    return {m.name: [o.title for o in m.offices] for m in doc.mentions if m.kind == "person"}


def test_in_line_with_ends_the_chain() -> None:
    people = _people("黄德明表示,两国合作不断深入,符合越共中央总书记阮富仲于2022年11月对老挝进行正式访问期间达成的共识。")
    assert people["阮富仲"] == ["越共中央总书记"]


def test_according_to_ends_the_chain() -> None:
    people = _people("按照越南政府总理范明政的指示,双方将加强合作。")
    assert people["范明政"] == ["越南政府总理"]
