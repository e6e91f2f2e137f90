"""``社会科学与人文大学`` is one university: its 与 joins no two sides."""

from __future__ import annotations

from test_events import events_of


def test_a_university_named_with_yu_stays_whole() -> None:
    evs = events_of("6月25日,越南河内国家大学下属社会科学与人文大学与中国广西民族大学在河内联合举办越中关系研讨会。")
    names = [p["name"] for e in evs for p in e["source"] + e["target"]]
    assert any(n.endswith("社会科学与人文大学") for n in names), evs
    assert "人文大学" not in names
