"""``越通社驻独立国家联合体(CIS)记者报道,在与X举行会谈时,Y强调…``: the agency and the body its
correspondent is posted to report the story; neither is a side of the talks."""

from __future__ import annotations

from test_events import events_of, names


def test_correspondent_post_is_no_side() -> None:
    evs = events_of(
        "6月9日,越南驻吉尔吉斯斯坦大使陈甲向吉尔吉斯斯坦外交部长阿坦·别克递交国书。\n\n"
        "越通社驻独立国家联合体(CIS)记者报道,在与陈甲举行会谈时,阿坦·别克强调,吉尔吉斯斯坦重视与越南的关系。"
    )
    sides = [n for e in evs for n in names(e["source"]) + names(e["target"])]
    assert "越通社" not in sides and "独立国家联合体" not in sides, evs


def test_agency_bureau_named_as_a_body_is_not_dropped_as_a_reporter() -> None:
    """``越通社驻老挝记者站`` is a bureau (记者站), a body that can act, not the reporting formula."""
    from dyad.extraction.events import _REPORTED_BY

    assert _REPORTED_BY.search("越通社驻老挝记者站与老挝通讯社签署合作协议") is None
    assert _REPORTED_BY.search("据越通社驻老挝记者报道,") is not None
