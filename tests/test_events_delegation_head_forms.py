"""A delegation's leader reads the same whatever form names the delegation: 由X率领的, X率领的
(no 由), 以X为团长的, with an editor's office or a military rank written after the name."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _pairs(e: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [p["name"] for p in e["source"]], [p["name"] for p in e["target"]]


def test_rank_after_name_before_weituanzhang_names_the_visitor() -> None:
    evs = main_events(
        "越南与邻国加强国防合作",
        "5月6日上午,越南国防部副部长黎文山上将会见了以中国人民解放军国防大学副校长陈明海中将为团长的中国国防大学代表团。",
    )
    (meet,) = [e for e in evs if e["mode"] == "meeting"]
    assert _pairs(meet) == (["陈明海"], ["黎文山"]), evs


def test_editor_office_after_name_before_weituanzhang_leads_the_visit() -> None:
    evs = main_events(
        "越南报社代表团访问古巴",
        "以潘光明副总编辑为团长的越南《青年报》社代表团从3月2日至6日对古巴进行工作访问。"
        "访问期间,代表团会见了古巴共产党中央委员会思想部部长罗德里格斯。",
        dateline="哈瓦那3月7日",
    )
    (visit,) = [e for e in evs if e["mode"] == "visit"]
    assert _pairs(visit)[0] == ["潘光明"], evs


def test_received_delegation_led_by_without_you_is_the_visitor() -> None:
    evs = main_events(
        "越南与邻国加强国防合作",
        "5月6日下午,越南人民军总政治局副主任黎文山中将接见了中国人民解放军国防大学副校长陈明海中将率领的中国国防大学代表团。",
    )
    (meet,) = [e for e in evs if e["mode"] == "meeting"]
    assert _pairs(meet) == (["陈明海"], ["黎文山"]), evs


def test_bare_glossed_leader_with_office_after_name_before_shuailing() -> None:
    evs = main_events(
        "越老加强边防合作",
        "3月4日上午在万象,由越南国防部边防部队司令黎文山中将率领的越南边防部队司令部代表团"
        "同由坎蓬(Khamphong Sisavath)局长率领的老挝国家地图局代表团举行会谈。",
        dateline="万象",
    )
    (talks,) = [e for e in evs if e["mode"] == "talks"]
    assert _pairs(talks) == (["黎文山"], ["坎蓬"]), evs
