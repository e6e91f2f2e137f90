"""A meeting whose guest is described as on a visit (``会见了应…邀请对该国进行正式访问的X``) is held
in the country visited, not at a home dateline; ``该国`` is the host's country."""

from __future__ import annotations

from test_events import events_of


def test_a_guest_visiting_the_hosts_country_meets_him_there() -> None:
    evs = events_of(
        "26日,蒙古国总统呼日勒苏赫会见了应蒙古国国防部长赛汗巴雅尔的邀请对该国进行正式访问的越南国防部长潘文江上将。",
        title="越蒙防务合作",
    )
    met = [e for e in evs if e["mode"] == "meeting"]
    assert met and met[0]["location_country"] == "MNG", evs


def test_a_guest_visiting_viet_nam_keeps_the_dateline_city() -> None:
    evs = events_of("26日,越南国家主席梁强会见了正在对越南进行正式访问的蒙古国国防部长赛汗巴雅尔。", title="越蒙防务合作")
    met = [e for e in evs if e["mode"] == "meeting"]
    assert met and met[0]["location"] == "河内", evs
