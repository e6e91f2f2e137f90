"""``双方保持互访与接触,诸如:A与B举行双边会晤;C与D举行会晤``: the pair word and its own verb end at
the comma; A and B, named after it and joined by 与, are the meeting's sides (not the pair, nor the
people of the next clause), and each meeting of the list is kept."""

from __future__ import annotations

from test_events import events_of, names


def test_named_sides_after_a_pair_words_clause() -> None:
    evs = events_of(
        "双方高层保持互访与接触,诸如:老挝国家主席本扬与柬埔寨首相洪森举行双边会晤;"
        "老挝总理通伦与柬埔寨国王西哈莫尼举行会晤。"
    )
    pairs = sorted(tuple(sorted(names(e["source"]) + names(e["target"]))) for e in evs if e["mode"] == "meeting")
    assert pairs == [("本扬", "洪森"), ("西哈莫尼", "通伦")], evs
