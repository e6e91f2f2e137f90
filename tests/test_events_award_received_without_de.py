"""``X获Y授予Z勋章``: an award received told in the passive without 的 runs from the giver Y to
X, as ``X获Y授予的Z勋章`` does; X's name ends before 获. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def _award(body: str) -> dict:
    (ev,) = [e for e in events_of(body) if e["type"] == "SUPPORT"]
    return ev


def test_award_received_without_de_runs_from_the_giver() -> None:
    ev = _award("2023年8月3日,越南国会主席王廷惠获蒙古国总统呼日勒苏赫授予北极星勋章。")
    assert [p["name"] for p in ev["source"]] == ["呼日勒苏赫"], ev
    assert [p["name"] for p in ev["target"]] == ["王廷惠"], ev


def test_news_learnt_is_no_award_received() -> None:
    ev = _award("2023年8月3日,获悉越南国会主席王廷惠向蒙古国总统呼日勒苏赫授予友谊勋章。")
    assert [p["name"] for p in ev["source"]] == ["王廷惠"], ev
