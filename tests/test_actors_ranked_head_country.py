"""A delegation's leader named with only a military rank after the name (``以X上将为团长的
越南国防部代表团``, ``由X中将率领的…代表团``) is of his delegation's side, as one with an
office after the name already was."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "delegation",
    ["以黄春海上将为团长的越南国防部代表团", "由黄春海中将率领的越南国防部代表团"],
)
def test_ranked_head_is_of_the_delegation_country(delegation: str) -> None:
    body = f"5月7日上午,老挝国防部长占沙蒙·占雅拉(Chansamone Chanyalath)大将在万象会见了{delegation}。"
    text = f"标题\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    (meet,) = [e for e in evs if e["mode"] == "meeting"]
    assert [(p["name"], p["country"]) for p in meet["source"]] == [("黄春海", "VNM")], evs
