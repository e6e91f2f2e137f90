"""A leader named as the sender of an envoy whose own offices follow in a 、-list (越共中央总书记
阮文乙的特使、越共中央政治局委员、外交部长陈文丙…会见了…) stays home: the envoy alone meets the
host, as with 阮文乙总书记特使陈文丙 or 作为阮文乙的特使."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社明斯克——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_sender_of_envoy_with_offices_is_no_participant() -> None:
    evs = main_events(
        "11月24日,越共中央总书记阮文乙的特使、越共中央政治局委员、越南外交部长陈文丙在明斯克会见了白俄罗斯总统卢卡申科。"
    )
    meet = [e for e in evs if e["mode"] == "meeting"]
    assert len(meet) == 1, evs
    assert [p["name"] for p in meet[0]["source"]] == ["陈文丙"], meet
