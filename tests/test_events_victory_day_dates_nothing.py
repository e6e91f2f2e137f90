"""``为1979年1月7日的胜利所起到的作用,…援引X最近对越南进行正式访问期间所发表的讲话``: the day of a
victory the text recalls neither dates a visit nor makes it a dated background visit. Sentence
written for this test."""

from __future__ import annotations

from test_events import events_of


def test_victory_day_is_no_date_of_a_recent_visit() -> None:
    evs = events_of(
        "对越南志愿军在1979年1月7日的胜利中的贡献,柬埔寨学者援引老挝总理宋赛·西潘敦最近对柬埔寨进行正式访问期间的讲话说,"
        "这一贡献不可否认。"
    )
    assert not [e for e in evs if (e["date"] or "").startswith("1979")], evs
