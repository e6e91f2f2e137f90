"""Congratulating or celebrating the success of a visit (``祝贺天皇访越取得圆满成功``,
``设茶宴庆祝…访问取得圆满成功``) tells no act of the one who congratulates: no SUPPORT, no visit."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "sentence",
    [
        "荷兰首相代表政府祝贺国王访越取得圆满成功。",
        "荷兰国王和王后在王宫设茶宴庆祝访越取得圆满成功。",
    ],
)
def test_the_success_of_a_visit_congratulated_is_no_event(sentence: str) -> None:
    page = (
        "标题新闻\n\n越通社海牙——2019年4月20日,越南驻荷兰大使会见荷兰外交大臣。"
        f"{sentence}\n\n(越通社-VNA)\n\n越通社\n"
    )
    events = to_record(extract(page))["events"]
    assert [(e["type"], e["mode"]) for e in events] == [("CONSULT", "meeting")]
