"""Aid promised with 承诺 where a time or a purpose with 为 comes before the verb, and aid to come
told with 将为, is a pledge like 将向B提供."""

from __future__ import annotations

from test_events import events_of, only


def _pledge(text: str) -> dict:
    ev = only(events_of(text), "AID")
    assert ev["mode"] == "pledge", ev
    return ev


def test_promised_with_a_period_before_the_recipient() -> None:
    ev = _pledge("2019年3月4日,芬兰承诺2020~2024年向越南提供3亿欧元的官方发展援助。")
    assert [p["name"] for p in ev["source"]] == ["芬兰"], ev


def test_promised_for_a_cause_with_wei() -> None:
    _pledge("2019年3月4日,芬兰承诺继续为越南农村清洁水事业提供援助。")


def test_promised_sum_with_no_recipient() -> None:
    _pledge("2019年3月4日,瑞典也承诺提供2.5亿日元。")


def test_aid_to_come_told_with_jiang_wei() -> None:
    _pledge("2019年3月4日,芬兰外交部表示,芬兰将立即为越南北部山区的救灾工作提供援助。")


def test_promised_facilities_stay_no_aid() -> None:
    evs = events_of("2019年3月4日,芬兰承诺为越南企业提供便利条件。")
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_aid_to_come_through_an_agency() -> None:
    ev = _pledge("2019年3月4日,芬兰将通过芬兰开发署向越南提供30万欧元的人道主义援助。")
    assert [p["name"] for p in ev["target"]] == ["越南"], ev


def test_promised_for_a_side_after_wei_is_the_target() -> None:
    ev = _pledge("2019年3月4日,阮文山感谢芬兰已承诺为越南购买疫苗提供300万欧元援助。")
    assert [p["name"] for p in ev["source"]] == ["芬兰"], ev
    assert [p["name"] for p in ev["target"]] == ["越南"], ev
