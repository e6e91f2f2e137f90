"""A signing told in a paragraph that sums up the years gone by (``五年来,…取得可喜成果。X与Y签署…``),
its sentence giving no time, is undated background: no event. A dated one stays."""

from __future__ import annotations

from test_events import events_of


def test_an_undated_signing_in_a_summary_of_years_is_no_event() -> None:
    evs = events_of(
        "老街省人民委员会主席表示,五年来,该省对外工作取得可喜成果。老街省与亚洲开发银行签署合作框架协定。"
    )
    assert [e for e in evs if e["type"] == "AGREE"] == []


def test_a_dated_signing_in_such_a_paragraph_stays() -> None:
    evs = events_of(
        "老街省人民委员会主席表示,五年来,该省对外工作取得可喜成果。2019年5月,老街省与亚洲开发银行签署合作框架协定。"
    )
    assert [e["type"] for e in evs if e["type"] == "AGREE"] == ["AGREE"]
