"""A story told from home that opens on a trip abroad (``访泰期间,…``, ``在对泰国进行访问期间,…``)
happens in the country visited: the dateline city is not its place, and the traveller calls."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("frame", ["访泰期间", "在对泰国进行工作访问期间"])
def test_trip_frame_moves_the_place_and_the_traveller_calls(frame: str) -> None:
    text = (
        "胡志明市与泰国清迈府加强合作\n\n越通社河内——"
        f"{frame},越南胡志明市人民委员会主席阮文海4月10日上午礼节性拜会了泰国清迈府府尹巴颂(Pasong)。"
        "(越通社——VNA)\n越通社\n"
    )
    consult = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    evs = [e for e in consult if e["mode"] != "visit"]
    assert len(evs) == 1
    assert evs[0]["location"] == "泰国"
    assert evs[0]["source"][0]["name"] == "阮文海"
    # the frame with 对 is the trip itself, told nowhere else: the traveller's visit, if read
    assert all(e["source"][0]["name"] == "阮文海" for e in consult if e["mode"] == "visit")


def test_delegation_trip_frame_moves_the_place_of_a_joint_event() -> None:
    text = (
        "清化省在泰国举行投资促进会\n\n越通社河内——在清化省人民委员会代表团访问泰国期间,9月22日,该省人民委员会"
        "与泰国工业联合会联合举行了泰国与清化省投资促进会。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]
    assert evs and all(e["location"] == "泰国" for e in evs)
