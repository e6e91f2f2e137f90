"""A dot name read right after an office starts after any verb between them: ``副主任感谢本扬·沃拉吉``
names 本扬·沃拉吉, not a person called 感谢本扬·沃拉吉."""

from __future__ import annotations

from dyad import parse_page
from dyad.extraction.actors import annotate_actors


def test_the_verb_after_the_office_is_no_part_of_the_name() -> None:
    doc = parse_page("越老合作\n\n越通社万象——阮文明副主任感谢宋赛·西潘敦副主席拨冗会见。\n")
    annotate_actors(doc)
    names = {m.name for m in doc.mentions if m.kind == "person"}
    assert "宋赛·西潘敦" in names, names
    assert not any(n.startswith("感谢") for n in names), names
