"""An upgrade of relations told right after its year or month with no 关系 before the verb
(自2030年7月升级为战略伙伴关系以来, 两国关系于2019年升级为…后) is a dated background agreement
like 两国关系提升为; a bare chronology of relations stays none."""

from __future__ import annotations

from test_events import events_of, names


def _agreements(evs):
    return [e for e in evs if e["type"] == "AGREE"]


def test_upgrade_since_a_month_with_no_relations_word() -> None:
    evs = events_of(
        "2031年4月1日,越南外交部长阮文北同新西兰外长陈光举行会谈。"
        "双方一致认为,自2030年7月升级为战略伙伴关系以来,越新关系取得积极进展。"
    )
    agr = _agreements(evs)
    assert len(agr) == 1, evs
    assert names(agr[0]["source"]) == ["越南"] and names(agr[0]["target"]) == ["新西兰"]


def test_upgrade_with_its_year_after_the_relations_word() -> None:
    evs = events_of(
        "2031年4月1日,越南外交部长阮文北同韩国外长陈光举行会谈。"
        "两国关系于2019年升级为战略伙伴关系后,两国合作不断深化。"
    )
    assert len(_agreements(evs)) == 1, evs


def test_a_bare_chronology_of_relations_stays_none() -> None:
    evs = events_of(
        "2031年4月1日,越南外交部长阮文北同韩国外长陈光举行会谈。"
        "据悉,越南和韩国于1992年12月22日建交,2001年建立全面伙伴关系,2019年7月提升为战略伙伴关系。"
    )
    assert not _agreements(evs), evs


def test_an_upgrade_with_no_year_before_it_stays_none() -> None:
    evs = events_of(
        "2031年4月1日,越南外交部长阮文北同韩国外长陈光举行会谈。双方同意争取早日提升为全面战略伙伴关系。"
    )
    assert not _agreements(evs), evs
