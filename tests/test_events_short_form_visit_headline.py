"""A headline or teaser visit told with a one-character country form (``国家主席陈甲访柬为越柬友谊掀开新篇章``)
is a visit to that country, like 访华/访越; 访柬期间 stays a frame and a welcome of the visit
(``主持仪式,欢迎X访柬``) tells no visit of its own."""

from __future__ import annotations

from test_events import events_of, names, teaser_events


def test_teaser_title_short_form_visit() -> None:
    evs = teaser_events("国家主席陈甲访柬为越柬友谊掀开新篇章")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and names(visits[0]["source"]) == ["陈甲"] and names(visits[0]["target"]) == ["柬埔寨"], evs


def test_welcome_of_the_visit_is_no_visit() -> None:
    evs = events_of(
        "应柬埔寨首相洪玛奈的邀请,越南政府总理范明政于5月3日至4日对柬埔寨进行正式访问。"
        "洪玛奈首相在和平大厦主持隆重仪式,欢迎范明政总理访柬。"
    )
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1 and names(visits[0]["source"]) == ["范明政"], visits


def test_short_form_frame_is_no_visit() -> None:
    evs = teaser_events("范明政访泰期间会见泰国企业代表", "5月3日,越南政府总理范明政访泰期间会见了泰国企业代表。")
    assert not [e for e in evs if e["mode"] == "visit"], evs
