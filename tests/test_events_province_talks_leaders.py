"""Talks told between two provinces (``A省与B省领导举行了会谈``) are held by the people the
article names as leading each province: they, not the provinces, are the sides."""

from __future__ import annotations

from dyad import extract, to_record


def _talks(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([m["name"] for m in e["source"]], [m["name"] for m in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["section"] == "main" and e["mode"] == "talks"
    ]


_PAGE = (
    "越南莱州省与老挝丰沙里省加强合作\n\n越通社莱州省——老挝丰沙里省委书记兼省长坎占(Khamchan)率领丰沙里省"
    "代表团于4月2日至3日对越南莱州省进行工作访问。\n\n4月3日上午,莱州省与丰沙里省领导举行了会谈。"
    "会谈上,莱州省委书记阮文明介绍了该省经济社会发展情况。{extra}(越通社-VNA)\n越通社\n"
)


def test_province_talks_are_held_by_the_named_leaders() -> None:
    assert _talks(_PAGE.format(extra="")) == [(["坎占"], ["阮文明"])]


def test_a_province_with_two_named_leaders_stays_as_written() -> None:
    extra = "莱州省人民委员会主席黎文安也出席会谈。"
    [(src, tgt)] = _talks(_PAGE.format(extra=extra))
    assert src == ["坎占"] and tgt == ["莱州省"]


def test_a_department_head_does_not_lead_the_province() -> None:
    page = _PAGE.replace("莱州省委书记阮文明", "莱州省外事厅厅长阮文明")
    [(_src, tgt)] = _talks(page.format(extra=""))
    assert tgt == ["莱州省"]


def test_bodies_in_talks_are_held_by_their_named_heads() -> None:
    # the body's name and its head's office are written in other orders, or shortened (政协)
    text = (
        "河内市加强同中国各省市的关系\n\n越通社河内——河内市越南祖国阵线委员会5月4日上午在河内同中国人民政治协商会议"
        "云南省委员会进行了会谈。\n\n越南祖国阵线河内市委员会主席黎文山介绍了首都的基本情况。"
        "云南省政协副主席李明表示,希望双方加强合作。(越通社-VNA)\n越通社\n"
    )
    assert _talks(text) == [(["李明"], ["黎文山"])]


def test_talks_told_with_a_visit_are_held_with_the_visited_places_leader() -> None:
    text = (
        "莱州省与老挝加强合作\n\n越通社河内——4月24日,老挝国会副主席坎蓬上将率领老挝国会代表团到访越南莱州省"
        "并举行了工作会谈。\n\n在会谈中,莱州省人民委员会主席黎文明向代表团通报了该省情况。(越通社-VNA)\n越通社\n"
    )
    events = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    talks = [e for e in events if e["mode"] == "talks"]
    assert [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]], e["location"]) for e in talks] == [
        (["坎蓬"], ["黎文明"], "莱州省")
    ]
