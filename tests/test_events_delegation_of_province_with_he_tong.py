"""庆和省代表团, 同奈省代表团: a delegation named after a province whose name holds 和 or 同 keeps the
whole province name (the delegation scan stops at 和/同 as conjunctions otherwise)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _sides(province: str) -> list[tuple[str, str | None]]:
    body = (
        f"在{province}人民委员会代表团访问日本期间,4月8日,该省人民委员会与越南驻日本大使馆联合举行了"
        f"日本与{province}旅游推介会。"
    )
    text = f"地方合作推介\n\n越通社东京——{body}(越通社——VNA)\n越通社\n"
    events = to_record(extract(text))["events"]
    return [(p["name"], p["country"]) for e in events for p in e["source"] + e["target"]]


@pytest.mark.parametrize("province", ["庆和省", "同奈省", "同塔省"])
def test_delegation_keeps_province_name_with_he_or_tong(province: str) -> None:
    sides = _sides(province)
    assert (f"{province}人民委员会代表团", "VNM") in sides, sides


def test_delegation_of_province_without_he_or_tong_unchanged() -> None:
    sides = _sides("北宁省")
    assert ("北宁省人民委员会代表团", "VNM") in sides, sides


def test_two_sides_joined_by_he_stay_apart() -> None:
    body = "3月2日,越南外交部长阮文安在河内会见了老挝和柬埔寨代表团。"
    text = f"越南外长会见外宾\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    events = to_record(extract(text))["events"]
    names = [p["name"] for e in events for p in e["source"] + e["target"]]
    assert not any(n.startswith("老挝和") for n in names), names
