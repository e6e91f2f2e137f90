"""``B国部长X强调,王五访乌期间,双方签署了…纪要``: the visitor named right before ``访乌期间`` and the
country the short name stands for (the story's own, where the character could begin several
countries' names) sign; the one who tells it does not."""

from __future__ import annotations

from test_events import events_of


def test_visitor_and_visited_sign_not_the_speaker() -> None:
    evs = events_of(
        "乌拉圭外交部长卡洛斯·佩雷斯对两国关系表示满意并强调,越南国会主席阮文甲访乌期间,"
        "双方签署了越乌贸易合作委员会会议纪要。"
    )
    signs = [e for e in evs if e["type"] == "AGREE"]
    assert signs, evs
    assert [p["name"] for p in signs[0]["source"]] == ["阮文甲"], signs
    assert [p["country"] for p in signs[0]["target"]] == ["URY"], signs
