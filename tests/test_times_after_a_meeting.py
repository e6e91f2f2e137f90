"""An act told to follow a numbered meeting (``中共二十大闭幕后访问中国``) does not take the meeting's
days: with no day of its own it stays undated; an act during the meeting still takes them."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"对外工作回顾\n\n越通社河内——2022年是老挝对外工作丰收的一年。{body}\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_a_visit_after_a_congress_is_not_dated_by_it() -> None:
    assert _dates("老挝国家主席通伦·西苏里于当年秋天访华,是中共二十大胜利闭幕后首位访问中国的外国元首。") == [None]


def test_a_visit_during_a_congress_keeps_its_days() -> None:
    assert _dates("老挝国家主席通伦·西苏里在中共二十大召开期间访问中国。") == ["2022-10-16/2022-10-22"]
