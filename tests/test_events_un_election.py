"""An assembly electing a country to a UN body endorses that country."""

from __future__ import annotations

from test_events import events_of, names, only


def test_an_assembly_voting_a_country_onto_a_council_supports_it() -> None:
    evs = events_of("2016年10月28日,第71届联合国大会以160票赞成的高票选举古巴为联合国人权理事会成员。")
    ev = only(evs, "SUPPORT")
    assert ev["mode"] is None
    assert names(ev["source"]) == ["联合国大会"] and names(ev["target"]) == ["古巴"]


def test_an_election_with_no_vote_told_is_no_endorsement() -> None:
    evs = events_of("2016年10月28日,越南国会选举阮春福为政府总理。")
    assert not [e for e in evs if e["type"] == "SUPPORT"], evs
