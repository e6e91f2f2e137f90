"""A time word for "recently" (近期, 最近, 近来, 不久前) before an office dates the act and is no
part of the office: the title starts after it, as after 日前 or 近日."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("word", ["近期", "最近", "近来", "不久前"])
def test_recent_word_is_cut_from_the_title(word: str) -> None:
    page = (
        "越印尼关系\n\n越通社雅加达——据越通社驻印尼记者报道,"
        f"{word}越共中央总书记阮文乙与印度尼西亚总统苏达托通电话。(越通社——VNA)\n越通社\n"
    )
    calls = [e for e in to_record(extract(page))["events"] if e["mode"] == "phone"]
    assert [(p["name"], p["title"]) for e in calls for p in e["source"]] == [("阮文乙", "越共中央总书记")]
