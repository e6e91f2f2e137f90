"""A meeting told in the passive, with or without 的 (受到B的接见, 受到B接见): the guest the source.
Two hosts, each followed by a Latin spelling in brackets ("A及代表团受到国会主席B(Latin)和总理
C(Latin)的接见"), are two meetings, as without the spellings."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社万象——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_two_hosts_with_latin_spellings_are_two_meetings() -> None:
    evs = main_events(
        "6月5日上午,河静省委书记黎文明及代表团受到老挝国会主席赛宋蓬·丰威汉(Xaysomphone Phomvihane)"
        "和老挝政府总理宋赛·西潘敦(Sonexay Siphandone)的接见。"
    )
    pairs = sorted((e["source"][0]["name"], e["target"][0]["name"]) for e in evs if e["type"] == "CONSULT")
    assert pairs == [("黎文明", "宋赛·西潘敦"), ("黎文明", "赛宋蓬·丰威汉")], evs
    assert all(len(e["source"]) == 1 for e in evs), evs


def test_two_hosts_without_spellings_stay_two_meetings() -> None:
    evs = main_events("6月5日上午,河静省委书记黎文明及代表团受到老挝国会主席赛宋蓬·丰威汉和老挝政府总理宋赛·西潘敦的接见。")
    pairs = sorted((e["source"][0]["name"], e["target"][0]["name"]) for e in evs if e["type"] == "CONSULT")
    assert pairs == [("黎文明", "宋赛·西潘敦"), ("黎文明", "赛宋蓬·丰威汉")], evs


def test_received_without_de_is_a_meeting() -> None:
    evs = main_events("6月10日上午,越南祖国阵线中央委员会主席杜文战在万象受到老挝政府总理宋赛·西潘敦接见。")
    meets = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in meets] == [("杜文战", "宋赛·西潘敦")], evs


def test_visiting_delegation_received_without_de_has_its_meeting() -> None:
    evs = main_events("6月10日上午,正在访问老挝的以越南祖国阵线中央委员会主席杜文战为首的代表团在万象受到老挝政府总理宋赛·西潘敦接见。")
    meets = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in meets] == [("杜文战", "宋赛·西潘敦")], evs
