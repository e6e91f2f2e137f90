"""A headline gift by a country (``韩国向越南提供无偿援助``) told in the body with the country's short
name (``韩方向越南…提供50万美元援助``) is one gift, the body's."""

from __future__ import annotations

from test_events import events_of


def test_a_title_gift_told_again_with_the_short_name_is_one_gift() -> None:
    evs = events_of(
        "韩国驻越南大使馆5月6日在河内举行援助合同签字仪式。据此,韩方向越南6个省的9个项目提供50万美元援助。",
        title="韩国向越南9个项目提供无偿援助",
    )
    aids = [e for e in evs if e["type"] == "AID"]
    assert len(aids) == 1, aids
    assert aids[0]["amount"]["value"] == 500000


def test_short_form_after_xiang_is_the_recipient() -> None:
    """``某国自1990年至今共向越提供官方开发援助8亿多加元``: 越 after 向 is Viet Nam, the recipient."""
    from test_events import events_of

    evs = [e for e in events_of("此外,挪威自1995年至今共向越提供官方开发援助5亿多美元。") if e["type"] == "AID"]
    assert evs and all([p["name"] for p in e["target"]] == ["越南"] for e in evs), evs
    assert evs[0]["target"][0]["country"] == "VNM", evs


def test_aid_praised_without_an_amount_is_no_gift() -> None:
    """``A高度评价B承诺在各领域与越南进行合作和提供援助``: praise, no gift; with an amount it still is one."""
    from test_events import events_of

    evs = events_of("11月5日,越南外长阮文甲高度评价挪威承诺在各领域与越南进行合作和提供援助。")
    assert not [e for e in evs if e["type"] == "AID"], evs
    evs = events_of("11月5日,越南外长阮文甲高度评价挪威承诺进行合作,加强经济合作和提供发展援助,开展维和合作。")
    assert not [e for e in evs if e["type"] == "AID"], evs
    evs = events_of("11月5日,越南外长阮文甲高度评价两国合作,挪威宣布向越南提供发展援助。")
    assert [e["type"] for e in evs if e["type"] == "AID"] == ["AID"], evs
