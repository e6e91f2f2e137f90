"""During a state visit abroad, a host country's official who comes to call on the visitor
(对印度进行国事访问期间, A会见前来拜访的印度人民院议长B) is met by the visitor: A, the one on the
trip, is the source, as for 在下榻酒店会见了前来拜会的X. At home, a caller stays the source."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str, dateline: str = "新德里") -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社" + dateline + "——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_visitor_abroad_is_the_source_of_calls_on_him() -> None:
    evs = main_events(
        "自3月2日至4日对印度进行国事访问期间, 越南国家主席陈明光3月3日分别会见前来拜访的印度人民院议长"
        "阿米特·库马尔(Amit Kumar)和外交部长拉胡尔·辛哈(Rahul Sinha)。"
    )
    meet = [e for e in evs if e["mode"] == "meeting"]
    assert len(meet) == 2, evs
    assert all([p["name"] for p in e["source"]] == ["陈明光"] for e in meet), meet


def test_caller_at_the_hosts_home_stays_the_source() -> None:
    evs = main_events("3月3日,越南国家主席陈明光在河内会见前来拜访的印度人民院议长阿米特·库马尔(Amit Kumar)。", "河内")
    meet = [e for e in evs if e["mode"] == "meeting"]
    assert [[p["name"] for p in e["source"]] for e in meet] == [["阿米特·库马尔"]], meet
