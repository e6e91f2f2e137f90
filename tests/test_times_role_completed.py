"""A role praised as completed (成功担任…主席国) dates the page to its year or the next, and the
officeholders named then decide."""

from __future__ import annotations

from test_events import events_of


def test_completed_chairmanship_leaves_the_year_to_tenure() -> None:
    evs = events_of(
        "越南外交部长裴青山6月3日与美国国务卿布林肯通电话。"
        "布林肯对越南成功担任东盟轮值主席国表示祝贺,并赞赏越南抗击新冠肺炎疫情的成果。"
    )
    calls = [e for e in evs if e["mode"] == "phone"]
    assert [c["date"] for c in calls] == ["2021-06-03"], evs
