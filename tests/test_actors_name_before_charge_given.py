"""A name ends before the 受 of a charge given by another (大使阮文甲受越南红十字会的委托向X赠送…): the
one who acts is the named envoy, not a body made of his name and the one who charged him.
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    return to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))["events"]


def test_envoy_charged_by_a_body_gives() -> None:
    evs = [e for e in _events("4月9日,越南驻柬埔寨大使阮文平受中央救助委员会的委托向柬埔寨红十字会赠送了5万只医用口罩。") if e["type"] == "AID"]
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["source"]] == ["阮文平"]


def test_envoy_charged_by_the_government_gives() -> None:
    evs = [e for e in _events("4月9日,越南驻柬埔寨大使阮文平受越南政府的委托向柬埔寨红十字会赠送了5万只医用口罩。") if e["type"] == "AID"]
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["source"]] == ["阮文平"]
