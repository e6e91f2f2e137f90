"""A background visit dated by year and month with a comma before its visitor (``…,2010年4月,东帝汶总统X
对越南进行国事访问,趁此之际,双方签署了…``): X visits (not the pair named earlier in the sentence), and
the signing told with 趁此之际 is by X and the country visited."""

from __future__ import annotations

from test_events import events_of, names


def test_dated_visit_after_a_comma_and_its_signing() -> None:
    evs = events_of(
        "近年来,越南与东帝汶关系不断发展,2011年5月,东帝汶总统若昂·达席尔瓦对越南进行国事访问,"
        "趁此之际,双方签署了农业合作协定。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["若昂·达席尔瓦"]], evs
    signs = [e for e in evs if e["type"] == "AGREE"]
    assert signs and names(signs[0]["source"]) == ["若昂·达席尔瓦"] and names(signs[0]["target"]) == ["越南"], signs
