"""Aid to come told with what it follows (甲国将继续按照越南的需求提供医疗物资, 将根据…提供) is a
pledge like 将为X提供; aid given told in the past stays a gift. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid_modes(body: str) -> list[str | None]:
    text = f"甲越友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e["mode"] for e in to_record(extract(text))["events"] if e["type"] == "AID"]


def test_aid_to_come_by_needs_is_a_pledge() -> None:
    assert _aid_modes("5月3日,甲国外长表示,甲国将继续按照越南的需求提供医疗物资和设备等支持。") == ["pledge"]
    assert _aid_modes("5月3日,甲国外长表示,甲国将根据越南的需求提供口罩和防护服等物资。") == ["pledge"]


def test_aid_given_stays_a_gift() -> None:
    assert _aid_modes("5月3日,甲国外长表示,甲国已根据越南的需求提供了口罩和防护服等物资。") == [None]
