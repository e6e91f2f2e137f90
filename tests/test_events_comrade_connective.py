"""``X同志和…代表团在Y会见了Z同志``: the 同 of 同志 joins nobody; X and his own delegation meet Z,
so Z (after the verb) is the other side, not the delegation."""

from __future__ import annotations

from dyad import extract, to_record


def test_comrade_then_own_delegation_meet_the_one_after_the_verb() -> None:
    text = (
        "河内市委书记访问老挝万象市\n\n越通社万象——9月25日下午,越共中央政治局委员、河内市委书记黎明同志"
        "和河内市高级代表团在万象会见了老挝人民革命党中央政治局委员、万象市委书记宋赛同志。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs] == [
        (["黎明"], ["宋赛"])
    ], evs
