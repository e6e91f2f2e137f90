"""``A在河内会见了日本X公司总裁B、越南Y公司总经理C和泰国Z集团副总裁D``: a host at home meeting
a list of guests, some from abroad and one of his own country: those from abroad came to him, so
they are the sources of their meetings, as when a single foreign guest is met."""

from __future__ import annotations

from test_events import events_of, names

BODY = (
    "5月6日下午,越南政府总理陈德胜在河内政府总部会见了日本丸山商事公司总裁山田太郎、"
    "越南平安股份公司总经理阮文海和泰国暹罗集团副总裁颂猜·素帕(Somchai Supa)。"
)


def test_foreign_guests_of_a_mixed_list_are_the_sources() -> None:
    met = {
        tuple(names(e["source"])): names(e["target"])
        for e in events_of(BODY)
        if e["type"] == "CONSULT" and e["mode"] == "meeting"
    }
    foreign = [k for k in met if "山田太郎" in k or "颂猜·素帕" in k]
    assert foreign and all(met[k] == ["陈德胜"] for k in foreign), met
    assert not any(k == ("陈德胜",) for k in met), met
