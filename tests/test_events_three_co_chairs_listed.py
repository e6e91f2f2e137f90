"""Three co-chairs, one from each of three countries, listed with their ranks and commas (or 、)
before 共同主持: one joint event, the first named the source and the other two its targets (not
no event, and not one meeting with each).

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _events(sentence: str) -> list[dict]:
    page = f"三国防长交流\n\n越通社河内——{sentence}(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["type"] == "CONSULT"]


def _sides(ev: dict) -> tuple[list[str], list[str]]:
    return [a["name"] for a in ev["source"]], [a["name"] for a in ev["target"]]


def test_three_ranked_co_chairs_parted_by_commas_hold_one_event() -> None:
    evs = _events(
        "3月2日,越南国防部部长潘文甲大将,老挝国防部部长占乙·占丙大将,柬埔寨国防大臣迪丁大将共同主持了友好交流活动。"
    )
    assert len(evs) == 1, evs
    assert _sides(evs[0]) == (["潘文甲"], ["占乙·占丙", "迪丁"]), evs


def test_three_co_chairs_parted_by_enumeration_commas_hold_one_event() -> None:
    evs = _events("3月2日,越南国防部部长潘文甲、老挝国防部部长占乙·占丙、柬埔寨国防大臣迪丁共同主持会议。")
    assert len(evs) == 1, evs
    assert _sides(evs[0]) == (["潘文甲"], ["占乙·占丙", "迪丁"]), evs
