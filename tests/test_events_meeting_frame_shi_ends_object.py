"""``A会见了B时建议双方继续在多边论坛…``: 时 with the speaker's verb right after it closes the object;
a body named in what A proposed is no side of the meeting."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_forum_in_the_proposal_after_shi_is_not_the_one_met() -> None:
    body = "6月4日,越南政府副总理陈红河会见了智利驻越南大使时建议双方继续在多边论坛保持密切配合。"
    text = f"越南副总理会见智利大使\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    sides = {a["name"] for e in evs for a in e["source"] + e["target"]}
    assert "多边论坛" not in sides and {"智利", "陈红河"} <= sides, evs


def test_belgium_is_no_frame() -> None:
    body = "6月4日,越南政府副总理陈红河会见了比利时驻越南大使保罗·詹森(Paul Jansen)。"
    text = f"越南副总理会见比利时大使\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert {p["name"] for e in evs for p in e["source"] + e["target"]} == {"陈红河", "保罗·詹森"}, evs
