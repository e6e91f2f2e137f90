"""A delegation whose leader is named with a clause or an office between him and 为首/的:
``由X为团长从…对越南进行工作访问的…代表团`` and ``以X副主任为首的…代表团`` stand for X, the
visitor, who is then the source of the meeting the host grants."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record
from test_events import events_of, names


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def meetings(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]


def test_leader_named_before_the_trip_clause_is_the_source() -> None:
    evs = main_events(
        "越南副总理会见日本议会代表团",
        "5月4日,越南副总理黎明会见由日本众议员山田太郎为团长从5月3日至6日对越南进行工作访问的日本议会代表团。",
    )
    (meet,) = meetings(evs)
    assert [p["name"] for p in meet["source"]] == ["山田太郎"], evs
    assert [p["name"] for p in meet["target"]] == ["黎明"]
    assert all("黎明" not in [p["name"] for p in e["source"]] for e in evs if e["mode"] == "visit"), evs


def test_leader_with_office_after_the_name_stands_for_the_delegation() -> None:
    evs = main_events(
        "岘港市与中国广西加强合作",
        "6月2日下午,岘港市人民议会副主席黎明会见正在访问岘港市的以王建国副主任为首的中国广西人大代表团。",
        dateline="岘港",
    )
    (meet,) = meetings(evs)
    assert [p["name"] for p in meet["source"]] == ["王建国"], evs


def test_leader_with_an_honorific_before_led_stands_for_the_delegation() -> None:
    """``由X教授率领的…代表团``: the honorific ends the name and does not part it from 率领; the
    delegation stands for X."""
    evs = main_events(
        "越南副主席会见韩国代表团",
        "2024年5月4日,越南国会副主席黎明会见了由韩国首尔大学校长朴成宇教授率领的韩国大学代表团。",
    )
    [m] = meetings(evs)
    assert sorted(p["name"] for p in m["source"] + m["target"]) == sorted(["黎明", "朴成宇"]), m


def test_delegation_named_in_latin_with_a_space_stands_for_its_leader() -> None:
    evs = main_events(
        "越南副主席会见韩国代表团",
        "2024年5月4日,越南国会副主席黎明会见了由韩国研究院院长朴成宇(Park Sung-woo)率领正在访越的韩国Hanul Re-search研究院代表团。",
    )
    [m] = meetings(evs)
    assert sorted(p["name"] for p in m["source"] + m["target"]) == sorted(["黎明", "朴成宇"]), m
def test_a_leader_with_his_rank_before_a_trip_clause_with_numbers_leads_the_delegation() -> None:
    """``会见了由X少将率领赴越出席第5次越南—泰国防务交流活动的…代表团``: the rank between the
    name and 率领, and the ordinal and dash in the trip clause, keep X as the delegation's leader."""
    evs = main_events(
        "泰国军官代表团访问越南",
        "6月5日,越南国防部副部长阮志咏在国防部总部会见了由泰国陆军学院院长巴颂少将率领赴越出席"
        "第5次越南—泰国防务交流活动的泰国军官代表团。",
    )
    [meet] = meetings(evs)
    assert [p["name"] for p in meet["source"]] == ["巴颂"]
    assert [p["name"] for p in meet["target"]] == ["阮志咏"]
    assert not [e for e in evs if "阮志咏" in [p["name"] for p in e["source"]] and e["mode"] == "visit"]


def test_a_delegation_led_on_the_days_of_its_trip_is_its_leader_when_met() -> None:
    """``X于9月8日至12日率领河内市高级代表团…``: the trip's days between the leader and 率领 still
    make X the delegation's leader, so ``会见了河内市高级代表团`` is a meeting with X."""
    evs = events_of(
        "越南河内市委书记黄忠海于2024年9月8日至12日率领河内市高级代表团对中国进行访问。"
        "9月10日,中共中央对外联络部部长刘建超会见了河内市高级代表团。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and names(meetings[0]["source"]) == ["黄忠海"], evs
    assert names(meetings[0]["target"]) == ["刘建超"], evs


def test_bodies_whose_delegations_are_headed_by_named_people_act_through_them() -> None:
    """``A部与B部举行…对话会。A部代表团由X为团长,B部代表团由Y为团长``: the two heads are the sides."""
    evs = events_of(
        "2024年3月23日,越南国防部与老挝国防部在万象举行第三次国防政策对话会。"
        "越南国防部代表团由越南国防部副部长黄春战上将为团长,老挝国防部代表团由老挝国防部副部长翁坎中将为团长。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and names(talks[0]["source"]) == ["黄春战"] and names(talks[0]["target"]) == ["翁坎"], evs


def test_delegations_whose_heads_are_told_after_them_are_their_heads() -> None:
    """``A国代表团与B国代表团举行会谈。A国代表团由X率领,B国代表团由Y率领``: X and Y are the sides."""
    evs = events_of(
        "2024年3月5日,越南国防部代表团与老挝国防部代表团在万象举行会谈。"
        "越南国防部代表团由越南国防部副部长黄春战上将率领,老挝国防部代表团由老挝国防部副部长翁坎中将率领。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and names(talks[0]["source"]) == ["黄春战"] and names(talks[0]["target"]) == ["翁坎"], evs


def test_our_delegation_is_the_one_its_leader_led() -> None:
    """``X率领代表团对柬埔寨进行友好访问。A和B分别会见了我国代表团``: 我国代表团 is X's delegation."""
    evs = events_of(
        "应柬埔寨祖国团结发展阵线理事会的邀请,越南祖国阵线中央委员会主席杜文战率领代表团于2024年5月6日至8日"
        "对柬埔寨进行友好访问。5月7日,柬埔寨参议院主席洪森和首相洪玛奈分别会见了我国代表团。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 2 and all(names(e["source"]) == ["杜文战"] for e in meetings), evs


def test_a_bodys_delegation_is_led_by_its_official_introduced_as_visiting() -> None:
    """``与正在对胡志明市进行工作访问的中国辽宁省政协副主席X…会谈。…与辽宁省政协代表团举行会谈``: no
    one is said to lead the delegation; the one official of its body the page says is visiting does."""
    evs = events_of(
        "10月27日,越南胡志明市人民委员会副主席阮文勇与正在对胡志明市进行工作访问的中国辽宁省政协副主席王明玉举行会谈。"
        "会谈中,阮文勇欢迎辽宁省政协代表团访问胡志明市。越南胡志明市友好组织联合会与辽宁省政协代表团举行座谈。"
    )
    assert not [e for e in evs for m in e["source"] + e["target"] if m["name"] == "辽宁省政协代表团"], evs
def test_the_bodies_of_an_unnamed_leaders_offices_do_not_act_for_the_delegation() -> None:
    from test_events import events_of, names, only

    ev = only(
        events_of(
            "2017年1月18日,以老挝琅南塔省省委副书记、老挝建国阵线委员会琅南塔省分会主席为首的琅南塔省代表团"
            "对河江省进行工作访问。"
        ),
        "CONSULT",
        "visit",
    )
    assert "老挝建国阵线委员会" not in names(ev["source"]), ev
