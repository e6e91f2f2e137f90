"""A plan told with 拟 or 计划 (``X拟对Y国进行访问``, ``X计划与Y举行会谈``) is a plan as with 将: kept, as
planned, only when it has a time of its own. 模拟, 草拟, 拟定, a plan named as a noun (合作计划) and the
planning ministry (计划与投资部) are no plan word."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南与文莱关系良好发展\n\n"
    "越通社河内——文莱外交部长阿卜杜勒·拉赫曼于4月2日在河内会见越南外交部长陈文戊。\n\n"
    "{}(越通社——VNA)\n"
)


def _events(body: str, word: str) -> list[dict]:
    events = to_record(extract(PAGE.format(body)))["events"]
    return [e for e in events if word in e["evidence"]["text"]]


def test_an_undated_visit_planned_with_ni_is_no_event() -> None:
    assert _events("越南国家主席黎文丙拟对文莱进行国事访问,推动两国关系。", "黎文丙") == []


def test_an_undated_talk_planned_with_ni_is_no_event() -> None:
    assert _events("越南政府总理范文安拟与文莱能源部长哈吉·穆达举行会谈。", "范文安") == []


def test_a_dated_plan_with_ni_is_a_planned_visit() -> None:
    events = _events("越南国家主席黎文丙拟于5月6日至8日对文莱进行国事访问。", "黎文丙")
    assert events and all(e["planned"] for e in events if e["mode"] == "visit")


def test_a_talk_held_stays() -> None:
    assert _events("4月3日,越南政府总理范文安与文莱能源部长哈吉·穆达举行会谈。", "范文安")


def test_an_undated_talk_planned_with_jihua_is_no_event() -> None:
    assert _events("越南政府总理范文安计划与文莱能源部长哈吉·穆达举行会谈。", "范文安") == []


def test_an_undated_message_planned_with_jihua_is_no_event() -> None:
    assert _events("越南国家主席黎文丙计划向文莱苏丹哈桑纳尔致贺电。", "黎文丙") == []


def test_the_planning_ministry_is_no_plan() -> None:
    body = "4月3日,越南计划与投资部部长范文安同文莱能源部长哈吉·穆达举行会谈。"
    assert _events(body, "范文安")
