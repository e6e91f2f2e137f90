"""``A同B在首都利马联合举行…``: the place a joint event is held in (after 在/于) is no side that
holds it."""

from __future__ import annotations

from dyad import extract, to_record


def _joint(body: str) -> list[dict]:
    text = f"友好交流活动在国外举行\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]


def test_place_held_in_is_no_cohost() -> None:
    events = _joint("6月2日,越南驻秘鲁大使馆同秘鲁—越南文化协会在首都利马联合举行文化交流活动。")
    got = [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in events]
    assert got == [(["越南驻秘鲁大使馆"], ["秘鲁—越南文化协会"])], events


def test_place_alone_is_no_cohost() -> None:
    events = _joint("6月2日,越南大使馆同秘鲁—越南文化学会在首都利马联合举行文化交流活动。")
    assert not any(m["name"] == "利马" for e in events for m in e["source"] + e["target"]), events
