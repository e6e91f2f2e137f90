"""A recent visit listed among what the sides appraise (``其中包括X最近对法国进行访问``) is background
with no time of its own, which the annotators leave out."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_recent_visit_listed_in_an_appraisal_is_no_event() -> None:
    evs = events_of(
        "越共中央对外部部长黄平君4月23日在河内同法国共产党代表团团长皮埃尔·洛朗举行会谈。双方对两国关系取得良好进展"
        "给予高度评价,其中包括越共中央总书记阮富仲最近对法国进行访问;同时承诺继续推动两国关系向前发展。"
    )
    assert [e for e in evs if e["mode"] == "visit"] == []
    assert names(only(evs, "CONSULT", "talks")["target"]) == ["黄平君"]


def test_a_listed_recent_visit_with_its_own_date_stays() -> None:
    evs = events_of(
        "双方对两国关系取得良好进展给予高度评价,其中包括越共中央总书记阮富仲最近于2018年3月25日至27日对法国进行正式访问。"
    )
    assert only(evs, "CONSULT", "visit")["date"] == "2018-03-25/2018-03-27"
