"""``A致电X;B致电Y;C致电Z和W,庆祝两国建交N周年``: each 致电 of the list is a message, also
when the ``,庆祝`` comes only after the last addressee or after a long list of addressees."""

from __future__ import annotations

from test_events import events_of, names


def test_a_semicolon_list_of_messages_before_celebrating() -> None:
    evs = events_of(
        "2030年5月1日,越南国家主席阮甲已致电新西兰总督基罗(Cindy Kiro);"
        "政府总理范明政致电新西兰总理卢克森(Christopher Luxon),庆祝两国建交57周年。"
    )
    sent = [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"]
    senders = {n for e in sent for n in names(e["source"])}
    addressees = {n for e in sent for n in names(e["target"])}
    assert "范明政" in senders and {"基罗", "卢克森"} <= addressees, evs


def test_a_long_addressee_list_before_celebrating() -> None:
    evs = events_of(
        "2030年5月1日,越南国会主席陈青敏致电新西兰众议院议长布朗利(Gerry Brownlee)和副议长巴里·克兰普(Barbara Kuriger),"
        "庆祝两国建交57周年。"
    )
    sent = [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"]
    assert sent and names(sent[0]["source"]) == ["陈青敏"], evs
