"""A name written right before the message it sends or receives (``向X发来贺信``) ends before 发:
the 发 of 发来/发去 is not read into the name (``阮文甲发``), and an unknown transliterated name
there is still a person, so each addressee of a list is kept.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _targets(sentence: str) -> list[tuple[str, str | None]]:
    page = f"贺信\n\n越通社河内——值此新年之际,{sentence}(完)\n"
    events = [e for e in to_record(extract(page))["events"] if e["mode"] == "message"]
    assert len(events) == 1, events
    return [(a["name"], a["title"]) for a in events[0]["target"]]


def test_a_vietnamese_name_before_fa_lai_keeps_its_length() -> None:
    assert _targets("老挝国会主席宋乙·丰丙向越南国会主席阮文甲发来贺信。") == [("阮文甲", "越南国会主席")]


def test_an_unknown_khmer_name_before_fa_lai_is_a_person() -> None:
    assert _targets("老挝国会主席宋乙·丰丙向柬埔寨国会主席昆丁达发来贺信。") == [("昆丁达", "柬埔寨国会主席")]


def test_every_addressee_of_a_list_ending_before_fa_lai_is_kept() -> None:
    got = _targets("越南国会主席阮文甲向老挝国会主席宋乙·丰丙和柬埔寨参议院主席洪戊及柬埔寨国会主席昆丁达发来贺信和花篮。")
    assert ("昆丁达", "柬埔寨国会主席") in got, got
    assert len(got) == 3, got
