"""A move the speaker recalls after the meeting's verb (``在会见X时回顾了他同该县企业赴越南考察的经历``)
is a memory: the country gone to then is not where the meeting took place."""

from __future__ import annotations

from dyad import extract


def test_recalled_trip_does_not_place_the_meeting() -> None:
    doc = extract(
        "越南与日本加强合作\n\n越通社东京——越南驻日本大使陈文甲5月3日至5日对福冈县进行访问。"
        "福冈县议员山田一郎(Yamada Ichiro)在会见陈文甲时回顾了他同该县企业赴越南考察投资环境的经历。"
        "(越通社—VNA)\n越通社\n"
    )
    (meeting,) = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meeting.location != "越南"
    assert meeting.location == "福冈县"


def test_a_move_told_before_the_meeting_still_places_it() -> None:
    doc = extract(
        "越南与日本加强合作\n\n越通社河内——5月3日,越南国会副主席陈文甲赴福冈县会见了福冈县知事山田一郎"
        "(Yamada Ichiro),双方回顾了两国地方合作的成果。(越通社—VNA)\n越通社\n"
    )
    meetings = [e for e in doc.events if e.section == "main" and e.mode == "meeting"]
    assert meetings and meetings[0].location == "福冈县"
