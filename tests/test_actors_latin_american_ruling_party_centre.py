"""``统一社会主义党中央政治局委员``: the 党中央 inside a Latin American ruling party is not the CPC's."""

from __future__ import annotations

from test_events import events_of, only


def test_a_politburo_member_of_the_venezuelan_ruling_party_is_venezuelan() -> None:
    evs = events_of(
        "由越共中央宣教部副部长陈文福为首的越南共产党代表团于2022年8月3日至6日对委内瑞拉进行工作访问。"
        "访问期间,陈文福一行与统一社会主义党中央政治局委员、负责青年工作副主席马科斯·洛佩斯(Marcos Lopez)举行会谈。"
    )
    ev = only(evs, "CONSULT", "talks")
    assert [p["country"] for p in ev["target"]] == ["VEN"], ev["target"]


def test_a_politburo_member_of_the_bolivian_ruling_party_is_bolivian() -> None:
    evs = events_of(
        "由越共中央宣教部副部长陈文福为首的越南共产党代表团于2022年8月3日至6日对玻利维亚进行工作访问。"
        "访问期间,陈文福一行与玻利维亚争取社会主义运动党中央政治局委员、负责青年工作副主席马科斯·洛佩斯(Marcos Lopez)举行会谈。"
    )
    ev = only(evs, "CONSULT", "talks")
    assert [p["country"] for p in ev["target"]] == ["BOL"], ev["target"]
