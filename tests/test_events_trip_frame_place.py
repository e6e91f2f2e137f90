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
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert len(evs) == 1
    assert evs[0]["location"] == "泰国"
    assert evs[0]["source"][0]["name"] == "阮文海"
