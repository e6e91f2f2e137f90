"""Three bare characters read as a name before 大使 inside a listed mission's name (``蒙古国驻越大使馆``:
the country, then ``国驻越``) are part of that body: the mission is the side, not a person."""

from __future__ import annotations

from dyad import extract, to_record


def test_mission_of_a_country_ending_in_guo_is_no_person() -> None:
    page = (
        "越蒙建交庆典在河内举行\n\n越通社河内——11月18日晚,蒙古国驻越大使馆与越蒙友好协会在河内联合举行了"
        "建交70周年庆典活动。\n\n双方同意加强合作。\n"
    )
    rec = to_record(extract(page))
    assert not any(a["name"] == "国驻越" for a in rec["actors"]), rec["actors"]
    assert [p["name"] for e in rec["events"] for p in e["source"]] == ["蒙古国驻越大使馆"], rec["events"]
