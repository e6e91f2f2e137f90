"""The size of a gift written as a total after a measure word (``向X提供一笔总额为N美元的援助``) is
the gift's own amount, as ``提供总额为N`` is: the aid is kept with its sum. Sentences written for
the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "sentence",
    [
        "新西兰政府4月3日向老挝提供一笔总额为80万美元的紧急援助,帮助灾民恢复生产。",
        "新西兰政府4月3日向老挝提供了一项总额为80万美元的援助。",
    ],
)
def test_gift_total_after_a_measure_word_is_the_gift(sentence: str) -> None:
    text = f"新西兰援助老挝灾民\n\n越通社河内——{sentence}(越通社——VNA)\n越通社\n"
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert len(aid) == 1 and aid[0]["amount"]["value"] == 800000, aid

