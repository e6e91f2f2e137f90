"""``值此X当选越南国家主席之际,A、B等国领导人纷纷致贺电``: a message with no 向 and no one named
after it goes to the one elected in the sentence's occasion aside. Sentences written for these
tests."""

from __future__ import annotations

from test_events import events_of


def test_the_one_elected_in_the_aside_is_congratulated() -> None:
    evs = events_of("值此越南国会主席陈清敏当选之际,2024年5月21日,智利、秘鲁和古巴等国领导人纷纷致贺电。")
    (msg,) = [e for e in evs if e["type"] == "SUPPORT"]
    assert [p["name"] for p in msg["target"]] == ["陈清敏"], evs
    assert [p["country"] for p in msg["source"]] == ["CHL", "PER", "CUB"], evs


def test_an_occasion_with_no_one_elected_lends_no_addressee() -> None:
    evs = events_of("值此越南国会主席陈清敏访问智利之际,2024年5月21日,秘鲁和古巴等国领导人纷纷致贺电。")
    assert not [p for e in evs if e["type"] == "SUPPORT" for p in e["target"] if p["name"] == "陈清敏"], evs
