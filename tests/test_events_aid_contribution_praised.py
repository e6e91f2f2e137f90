"""Aid told as a noun that has contributed (X提供的援助为…作出了贡献), with no sum and no year, is what past
aid brought, not a gift told; with a sum it stays."""

from __future__ import annotations

from test_events import events_of


def _aid(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["type"] == "AID"]


def test_contribution_of_past_aid_is_no_gift() -> None:
    assert not _aid("2018年4月9日,陈文明表示,芬兰提供的援助为越南农村发展作出了重要贡献。")


def test_contribution_of_a_told_sum_stays() -> None:
    assert _aid("2018年4月9日,陈文明表示,芬兰向越南提供的500万欧元援助为越南农村发展作出了重要贡献。")
