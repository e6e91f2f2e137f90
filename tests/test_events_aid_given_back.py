"""A gift and one given back the other way (A向B捐赠…。B向A捐赠…) are two gifts, each with its own
amount, not one fact told from each side."""

from __future__ import annotations

from test_events import events_of


def test_a_gift_given_back_keeps_its_own_amount() -> None:
    evs = [e for e in events_of("2021年11月2日,泰国已向韩国捐赠逾300万只口罩。韩国向泰国捐赠近500万剂疫苗。") if e["type"] == "AID"]
    by_giver = {e["source"][0]["name"]: e for e in evs}
    assert set(by_giver) == {"泰国", "韩国"}, evs
    assert by_giver["泰国"]["amount"] is None or by_giver["泰国"]["amount"]["currency"] != "doses", evs
    assert by_giver["韩国"]["amount"]["value"] == 5000000, evs
