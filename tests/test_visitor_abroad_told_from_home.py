"""A trip abroad told from home (dateline 河内, no place in the sentence): the Vietnamese visitor
welcomed by a foreign host is still the visitor of the talks that follow."""

from __future__ import annotations

from test_events import events_of, names


def test_talks_abroad_under_a_home_dateline_start_from_the_visitor() -> None:
    evs = events_of(
        "2023年3月5日上午,新西兰总理彼得·格林在议会大厦举行隆重仪式,欢迎越南政府总理范明政到访。"
        "欢迎仪式结束后,彼得·格林与范明政举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1 and names(talks[0]["source"]) == ["范明政"], evs


def test_talks_at_home_keep_the_guest_as_source() -> None:
    evs = events_of(
        "应越南政府总理范明政的邀请,新西兰总理彼得·格林于2023年3月5日至6日对越南进行正式访问。"
        "3月5日,范明政与彼得·格林举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1 and names(talks[0]["source"]) == ["彼得·格林"], evs
