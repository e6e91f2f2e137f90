"""A dateline whose date lost its month or its number (``越通社万象日——``, ``越通社河内12日——``): the
place is the city alone, not the city and the stray day word."""

from __future__ import annotations

from dyad.ingest import layout


def test_dateline_with_a_bare_day_word() -> None:
    m = layout.DATELINE.match("越通社万象日——老挝向越南移交援助物资。")
    assert m is not None and m.group("place") == "万象"


def test_dateline_with_a_day_and_no_month() -> None:
    m = layout.DATELINE.match("越通社河内12日——两国举行会谈。")
    assert m is not None and m.group("place") == "河内"


def test_plain_and_dated_datelines_unchanged() -> None:
    assert layout.DATELINE.match("越通社曼谷——x").group("place") == "曼谷"
    assert layout.DATELINE.match("越通社金边3月5日——x").group("place") == "金边"


def test_dateline_with_a_blank_before_the_bare_day_word() -> None:
    m = layout.DATELINE.match("越通社仰光 日——缅甸向越南移交援助物资。")
    assert m is not None and m.group("place") == "仰光"
    assert m.end() == len("越通社仰光 日——")


def test_a_blank_before_a_word_opening_with_the_day_character_is_no_dateline() -> None:
    assert layout.DATELINE.match("越通社仰光 日本企业代表团抵达。") is None
