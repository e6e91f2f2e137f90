"""A long trip frame (在对X和Y进行工作访问期间,) is an aside: its places are no party."""

from __future__ import annotations

from test_events import events_of, names


def test_bodies_in_a_long_visit_frame_are_no_party_to_the_talks() -> None:
    evs = events_of(
        "在对欧洲议会(EP)和比利时进行工作访问期间,越南国会主席王廷惠于2021年9月8日下午"
        "与欧洲议会主席萨索利举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert names(talks[0]["source"]) == ["王廷惠"] and names(talks[0]["target"]) == ["萨索利"], evs
