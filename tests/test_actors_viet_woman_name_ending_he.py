"""阮氏清和 (Nguyễn Thị Thanh Hòa): 和 before a verb ends a Vietnamese woman's name, it joins nobody."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> list[str]:
    text = f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text))["actors"] if a["kind"] == "person"]


def test_he_before_a_verb_is_the_names_last_character() -> None:
    people = _people("越南妇女联合会主席黎氏秋和介绍了越南妇女工作情况。泰国副总理颂猜·威拉军5月4日会见了黎氏秋和。")
    assert "黎氏秋和" in people and "黎氏秋" not in people, people


def test_he_before_a_second_side_still_joins() -> None:
    people = _people("越南妇女联合会主席黎氏秋和泰国副总理颂猜·威拉军5月4日举行会谈。")
    assert "黎氏秋" in people and "颂猜·威拉军" in people, people
