"""A meeting framed by a forum of a written year and month (``2017年11月出席在马尼拉举行的…峰会
期间,A与B举行双边会晤``) on a page about B's coming visit was not held on that visit: the side
named first stays the source, and without a place in its frame it takes neither the dateline
nor the visit's country."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "老挝总理即将访越\n\n"
    "越通社河内——应越南政府总理黎文丙的邀请,老挝总理坎温·本玛将于9月10日至12日对越南进行正式访问。\n\n"
    "双方高层保持经常性接触,诸如:2017年11月出席在菲律宾马尼拉举行的东盟峰会期间,越南国家主席陈文丁"
    "与老挝总理坎温·本玛举行双边会晤;越南政府总理黎文丙在2016年9月举行的第28届东盟峰会期间"
    "与老挝总理坎温·本玛举行会晤。(越通社——VNA)\n"
)


def _meetings() -> list[dict]:
    events = to_record(extract(PAGE))["events"]
    return [e for e in events if e["mode"] == "meeting" and e["section"] == "main"]


def test_forum_meeting_keeps_the_first_named_as_source() -> None:
    meetings = _meetings()
    firsts = {e["source"][0]["name"] for e in meetings if e["source"]}
    assert {"陈文丁", "黎文丙"} <= firsts, meetings


def test_forum_meeting_without_a_place_is_not_at_the_dateline() -> None:
    late = [e for e in _meetings() if e["source"] and e["source"][0]["name"] == "黎文丙"]
    assert late and late[0]["location"] is None, late
