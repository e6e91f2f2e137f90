"""The aid patterns that read a sum after their verb take every currency the amount reader knows,
so a gift is found whatever money it is told in (event_triggers v78)."""

from __future__ import annotations

import pytest

from test_events import events_of


def _aid(text: str) -> list[tuple[float, str]]:
    return [
        (e["amount"]["value"], e["amount"]["currency"])
        for e in events_of(text)
        if e["type"] == "AID" and e["amount"]
    ]


@pytest.mark.parametrize(("money", "code"), [("美元", "USD"), ("澳元", "AUD"), ("卢布", "RUB"), ("韩元", "KRW")])
def test_sum_handed_over_in_any_currency(money: str, code: str) -> None:
    text = f"越通社河内6月2日电 6月1日下午,越南红十字会主席黎文丙向新西兰红十字会代表转交3万{money}。"
    assert _aid(text) == [(30000, code)]


@pytest.mark.parametrize(("money", "code"), [("美元", "USD"), ("英镑", "GBP"), ("人民币", "CNY")])
def test_approved_aid_sum_in_any_currency(money: str, code: str) -> None:
    text = f"越通社河内6月2日电 亚洲开发银行刚通过一项总额为40万{money}的紧急援助款项,帮助越南灾民。"
    assert _aid(text) == [(400000, code)]
