"""A subjectless trip frame opening the sentence is the visit when the article tells the trip
nowhere else: also when the destination follows 在 alone (``在老挝进行工作访问期间,``), when the
frame adds a fair attended on the trip (``…进行工作访问并出席X博览会期间,``), or when the agency's
resident reporter opens the sentence (``越通社驻老挝记者报道,``). The escort's frame
(``在陪同X对…进行国事访问期间,``) is still nobody's own visit.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "frame",
    [
        "在老挝进行工作访问期间,5月3日,",
        "在对老挝进行工作访问并出席第5届老越博览会期间,",
        "越通社驻老挝记者报道,在对老挝进行工作访问期间,",
    ],
)
def test_the_frame_is_the_visit(frame: str) -> None:
    from test_events import events_of

    evs = events_of(f"{frame}越南政府副总理甲乙丙会见了老挝政府总理丁戊己。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert visits[0]["source"][0]["name"] == "甲乙丙", evs
    assert [e for e in evs if e["mode"] == "meeting"], evs


def test_the_escorts_frame_is_no_visit_of_the_escort() -> None:
    from test_events import events_of

    evs = events_of(
        "在陪同越南国家主席甲乙丙对老挝进行国事访问期间,5月3日,越南公安部部长丁戊己与老挝公安部部长庚辛壬举行会谈。"
    )
    visits = [e for e in evs if e["mode"] == "visit" and e["source"] and e["source"][0]["name"] == "丁戊己"]
    assert not visits, evs
