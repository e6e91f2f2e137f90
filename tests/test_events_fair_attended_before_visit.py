"""``出席第N届东盟—X博览会并对Y进行访问``: the body named inside the fair attended before 并 is the
object of that verb; the visit after 并 is made by the sentence's subject."""

from __future__ import annotations

from dyad import extract, to_record


def test_fair_body_is_not_the_visitor() -> None:
    text = (
        "越南政府总理黎明心回国\n\n"
        "越通社河内——越南政府总理黎明心一行2023年9月20日下午已抵达河内,圆满结束从9月16日至20日对中国进行正式访问,"
        "出席第二十届东盟—中国博览会并对澳门特别行政区进行访问之旅。(越通社——VNA)\n越通社\n"
    )
    events = to_record(extract(text))["events"]
    visits = {e["target"][0]["name"]: [s["name"] for s in e["source"]] for e in events if e["mode"] == "visit" and e["target"]}
    assert visits.get("澳门特别行政区") == ["黎明心"], visits
    assert not any(s["name"] == "东盟" for e in events for s in e["source"]), events
