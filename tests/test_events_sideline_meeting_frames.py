"""Sideline meetings at a multilateral gathering, told one per paragraph: the '*' that opens each
paragraph, the frame that names both sides (``在A与B的会晤中``), the one who speaks after a frame
that names the partner alone. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, names


def _with(evs: list[dict], name: str) -> list[dict]:
    return [e for e in evs if e["type"] == "CONSULT" and name in names(e["source"]) + names(e["target"])]


def test_a_starred_in_the_meeting_with_x_frame_reports_the_meeting() -> None:
    """``*在与X的会晤中,Y建议``: the '*' of a list of meetings does not hide the frame."""
    evs = events_of(
        "2024年9月20日,陈光明在纽约会见了波兰总理汉斯·穆勒。"
        "*在与丹麦首相梅特·汉森的会晤中,陈光明建议丹麦继续支持越南。"
    )
    ev = _with(evs, "梅特·汉森")
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["陈光明"] and names(ev[0]["target"]) == ["梅特·汉森"]


def test_a_frame_naming_both_sides_reports_the_meeting_from_the_first_named() -> None:
    """``*在A与B的会晤中,双方…``: the frame names both sides; A, named first, is the source."""
    evs = events_of(
        "2024年9月20日,越南政府副总理陈光明在纽约会见了波兰总理汉斯·穆勒。"
        "*在陈光明与挪威外交大臣奥拉夫·伦德的会晤中,双方同意加强各领域合作。"
    )
    ev = _with(evs, "奥拉夫·伦德")
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["陈光明"] and names(ev[0]["target"]) == ["奥拉夫·伦德"]


def test_the_speaker_after_a_partner_frame_is_the_other_side() -> None:
    """``在与X的会晤中,越南国家主席Y建议…`` opening the story: Y, who speaks after the frame, met X."""
    evs = events_of("2024年9月20日,在与挪威首相奥拉夫·伦德的会晤中,越南国家主席陈光明建议挪威继续支持越南。")
    ev = _with(evs, "奥拉夫·伦德")
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["陈光明"], evs
