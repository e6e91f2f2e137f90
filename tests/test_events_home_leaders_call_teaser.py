"""A teaser's call among Viet Nam's own people only (``国家主席X拜访了原党和国家领导人``, ``…看望原国家主席Y``)
is a domestic ceremony: OTHER, as the annotators code it; a call on a mission abroad (驻…) stays."""

from __future__ import annotations

from test_events import teaser_events


def test_home_leaders_call_is_other() -> None:
    evs = teaser_events("国家主席黎强看望原党和国家领导人", "在新春佳节来临之际,越南国家主席黎强拜访了原党和国家领导人。")
    assert all(e["type"] == "OTHER" for e in evs), evs


def test_call_on_a_former_own_leader_is_other() -> None:
    evs = teaser_events("国家主席黎强看望原国家主席陈文甲", "在新春佳节来临之际,越南国家主席黎强拜访了原国家主席陈文甲。")
    assert all(e["type"] == "OTHER" for e in evs), evs


def test_call_on_own_embassy_abroad_stays() -> None:
    evs = teaser_events("国家主席黎强看望越南驻老挝大使馆工作人员", "5月3日,越南国家主席黎强看望了越南驻老挝大使馆工作人员。")
    assert any(e["type"] == "CONSULT" for e in evs), evs
