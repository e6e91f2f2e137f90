"""``正在访问越南的乌克兰共产党代表团``: the country after ``的`` is the visitors' own, not a place
inside the country visited; the meeting stays in Viet Nam and the visitor leads it."""

from __future__ import annotations

from test_events import events_of, names


def test_visiting_party_delegation_of_a_country_the_lexicon_has_no_party_for() -> None:
    evs = events_of(
        "9月14日在党中央总部,越共中央书记处常务书记陈光明会见了由立陶宛共产党第一书记卡西乌纳斯率领"
        "正在访问越南的立陶宛共产党代表团一行。"
        "当天,越共中央对外部部长黎文德已与立陶宛共产党代表团举行会谈。"
    )
    consults = [e for e in evs if e["type"] == "CONSULT" and e["mode"] in {"meeting", "talks"}]
    assert len(consults) == 2, evs
    for e in consults:
        assert names(e["source"]) == ["卡西乌纳斯"], e
        assert e["location"] != "立陶宛", e
