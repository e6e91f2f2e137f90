"""A headline meeting with bodies (``A会见某国参议院和众议院领导``) that the text tells as meetings,
the same day, with the heads of those bodies (``众议院议长X``, ``参议院外交委员会主席Y``) is no
meeting of its own: the bodies stand for the people met."""

from __future__ import annotations

from dyad import extract, to_record


def _main_meetings(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["mode"] == "meeting"]


def test_headline_bodies_stand_for_their_heads_met_in_the_text() -> None:
    page = (
        "越南政府副总理阮文甲会见澳大利亚参议院和众议院领导\n\n"
        "越通社堪培拉——2019年3月4日,越南政府副总理阮文甲在堪培拉分别会见澳大利亚众议院议长托尼·史密斯"
        "(Tony Smith)和澳大利亚参议院外交委员会主席戴维·布什比(David Bushby)。"
        "双方就共同关心的问题交换了意见。(越通社——VNA)\n越通社\n"
    )
    meetings = _main_meetings(page)
    assert all(any(p.get("latin") or "·" in p["name"] for p in e["target"]) for e in meetings), meetings
    assert len(meetings) == 2, meetings


def test_headline_body_not_met_through_its_head_stays() -> None:
    page = (
        "越南政府副总理阮文甲会见澳大利亚参议院代表团\n\n"
        "越通社河内——2019年3月4日,越南政府副总理阮文甲在河内会见了澳大利亚参议院代表团。"
        "双方就共同关心的问题交换了意见。(越通社——VNA)\n越通社\n"
    )
    assert _main_meetings(page), "the headline meeting with the delegation stays"
