"""``A与B举行了双方工作会谈``: talks, with 双方 between the verb and 会谈."""

from __future__ import annotations

from dyad import extract, to_record


def test_talks_held_by_both_sides() -> None:
    text = (
        "莱州省与老挝加强合作\n\n越通社莱州省——4月24日,莱州省人民委员会主席黎文明与老挝丰沙里省省长坎蓬"
        "举行了双方工作会谈。(越通社-VNA)\n越通社\n"
    )
    modes = [e["mode"] for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert modes == ["talks"]
