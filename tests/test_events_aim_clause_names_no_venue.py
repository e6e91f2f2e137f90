"""``…与X党领导举行会谈,旨在推动越南与丹麦…关系``: the two countries after 旨在 are what the talks
aim at, not where they are held, so the visitor abroad is not read as a host at home (and the
host party's leader as the visitor)."""

from __future__ import annotations

from test_events import events_of, names, only

BODY = (
    "10月5日,在应丹麦社会民主党主席汉斯·延森(Hans Jensen)的邀请于10月4日至6日访问丹麦期间,"
    "越共中央书记处常务书记黎文明已分别与丹麦高级领导举行会见和会谈。\n\n"
    "黎文明分别会见了丹麦外交大臣安德斯·拉森(Anders Larsen);与丹麦社会民主党领导举行会谈,"
    "旨在推动越南与丹麦传统友好关系不断走向深入。"
)


def test_talks_aimed_at_two_countries_keep_the_visitor_as_source() -> None:
    ev = only(events_of(BODY), "CONSULT", "talks")
    assert names(ev["source"]) == ["黎文明"], ev
    assert ev["location"] != "越南", ev
