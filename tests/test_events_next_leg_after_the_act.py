"""A move told after the act and joined to it as the next step (``会见了X,并前往Y省参观``) is the
next leg of the trip, not where the act took place; a move told before the act still places it."""

from __future__ import annotations

from dyad import extract


def test_next_leg_does_not_place_the_meeting_before_it() -> None:
    doc = extract(
        "越南与智利加强合作\n\n越通社河内——5月4日,智利总统胡安·佩雷斯前往岘港市,会见了岘港市人民委员会领导,"
        "并赴广南省参观会安古城。(越通社—VNA)\n越通社\n"
    )
    meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meetings and meetings[0].location == "岘港市"
