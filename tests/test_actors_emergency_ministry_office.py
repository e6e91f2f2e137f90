"""``应急部`` (a ministry for emergencies) is one word: its 应 is no stop word ending the office
chain, so the office keeps its country (not ``急部部长``)."""

from __future__ import annotations

from dyad import extract, to_record


def test_emergency_ministry_is_part_of_the_office() -> None:
    text = (
        "越南与俄罗斯加强合作\n\n越通社河内——3月5日下午,越南国防部副部长阮文丁在河内会见了俄罗斯联邦应急部部长"
        "伊万·彼得罗夫(Ivan Petrov)。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    guest = [m for e in evs for m in e["source"] + e["target"] if m["name"] == "伊万·彼得罗夫"]
    assert guest and guest[0]["title"] == "俄罗斯联邦应急部部长"


def test_invitation_ying_still_ends_the_chain() -> None:
    text = (
        "越南与俄罗斯加强合作\n\n越通社河内——应俄罗斯联邦应急部部长伊万·彼得罗夫(Ivan Petrov)的邀请,"
        "越南国防部副部长阮文丁于3月5日至7日对俄罗斯进行工作访问。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert evs and evs[0]["target"][0]["title"] == "俄罗斯联邦应急部部长"
