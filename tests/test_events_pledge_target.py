"""A pledge voiced by a speaker goes to the side named after 向, even when named earlier too."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_pledge_to_a_side_named_twice_in_the_sentence_has_that_side_as_target() -> None:
    text = (
        "越南政府总理会见韩国总统\n\n越通社首尔——6月30日,越南政府总理范明政在首尔同韩国总统尹锡悦举行会谈。"
        "尹锡悦表示,韩国高度评价越南的发展成就,将继续向越南提供官方发展援助。(越通社——VNA)\n越通社\n"
    )
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert len(aid) == 1, aid
    assert [p["name"] for p in aid[0]["source"]] == ["尹锡悦"]
    assert [p["name"] for p in aid[0]["target"]] == ["越南"]
