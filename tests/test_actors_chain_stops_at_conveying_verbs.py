"""An office chain never reaches back over a verb of conveying (``转达``, ``递交``): in
``向越共中央总书记转达柬埔寨国王X的慰问电`` X is the king of Cambodia, not of Viet Nam."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def _people(body: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = parse_page(f"越柬关系\n\n越通社河内——{body}\n")
    annotate_actors(doc)
    return {m.name: (m.country, [o.title for o in m.offices]) for m in doc.mentions if m.kind == "person"}


def test_the_king_after_zhuanda_is_cambodian() -> None:
    got = _people("柬埔寨驻越南大使通过大使馆干部向越共中央总书记转达柬埔寨国王诺罗敦·西哈莫尼的慰问电。")
    assert got["诺罗敦·西哈莫尼"] == ("KHM", ["柬埔寨国王"]), got


def test_the_letter_handed_over_is_the_vietnamese_leaders() -> None:
    got = _people("越南建设部部长阮文甲向古巴领导同志递交越共中央总书记阮富仲的信件。")
    assert got["阮富仲"][0] == "VNM", got
    assert got["阮富仲"][1] == ["越共中央总书记"], got
