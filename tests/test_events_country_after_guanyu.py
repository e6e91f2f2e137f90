"""A country right after 关于/对于 (or 甚至) is the subject of what follows, not a place: 于 and 至 end
those words and say no "where"."""

from __future__ import annotations

from test_events import events_of, only


def test_the_giver_after_guanyu_is_a_side() -> None:
    evs = events_of("2023年9月8日下午,黎文山回答日本记者关于泰国向缅甸提供20万美元紧急援助的提问。")
    ev = only(evs, "AID")
    assert [p["name"] for p in ev["source"]] == ["泰国"], ev
    assert [p["name"] for p in ev["target"]] == ["缅甸"], ev
