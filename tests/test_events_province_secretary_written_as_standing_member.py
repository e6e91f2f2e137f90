"""A province's secretary written as its standing member who is secretary (某省委常委、书记X), the
chain split at 、, still leads the province: talks told between two provinces are held by their
leaders, and the tenure table reads the chain as the committee secretary's office."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.extraction.time_tenure import named_pairs


@pytest.mark.parametrize("chain", ["省委书记", "省委常委、书记"])
def test_talks_between_provinces_are_held_by_their_secretaries(chain: str) -> None:
    text = (
        "越南莱州省与老挝丰沙里省加强合作\n\n越通社莱州省——老挝丰沙里省委书记兼省长坎平率领丰沙里省代表团"
        "于5月6日至7日对越南莱州省进行工作访问。5月7日上午,莱州省与丰沙里省领导举行了会谈。"
        f"会谈上,莱州{chain}阮文丁介绍了本省经济社会发展情况。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]
    assert evs, evs
    assert [p["name"] for p in evs[0]["source"]] == ["坎平"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["阮文丁"], evs


def test_tenure_reads_a_standing_member_secretary_as_the_secretary() -> None:
    doc = extract("某市领导会见外宾\n\n5月6日,越共中央政治局委员、胡志明市委常委、书记丁罗升会见了某国客人约翰·多伊。(完)\n")
    offices = {p.office for p in named_pairs(doc, [(0, len(doc.norm))]) if p.person == "丁罗升"}
    assert offices == {"市委书记"}
