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
