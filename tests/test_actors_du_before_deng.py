"""A dot name ending in 都 right before 等 keeps its 都: the adverb "all" never precedes 等."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_name_ending_in_du_before_deng_keeps_it() -> None:
    for dot in ("·", "•"):
        evs = events_of(
            f"2021年4月6日,老挝国家主席本扬·沃拉吉及老挝国会副主席坎拉{dot}西都等领导人向越南国家主席阮春福致贺电。"
        )
        ev = only(evs, "SUPPORT", "message")
        assert f"坎拉{dot}西都" in names(ev["source"]), ev
