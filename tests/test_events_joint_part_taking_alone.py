"""Taking part in an occasion "together" (一起参加) with no counterpart named is no cooperation."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南驻外使馆举行迎新春活动\n\n越通社利马——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def test_a_missions_new_year_party_joined_by_staff_and_friends_is_no_cooperation() -> None:
    evs = _events(
        "2月3日,越南驻秘鲁大使馆举行2024年迎新春活动,大使馆全体工作人员、越企代表和诸多在秘越南人"
        "及一些在利马玻利维亚朋友一起参加活动。"
    )
    assert [e for e in evs if e["type"] == "COOPERATE"] == [], evs


def test_two_named_sides_taking_part_together_still_cooperate() -> None:
    evs = _events("3月5日,越南驻秘鲁大使黎明山与秘鲁外交部长何塞·加西亚一起参加越南文化节开幕式。")
    coop = [e for e in evs if e["type"] == "COOPERATE"]
    assert len(coop) == 1 and coop[0]["target"], evs
