"""A headline that names only the delegation (``越南代表团访问老挝``) and a lead that names its
leader, with the days of the trip written right after the name (``X从4月25日至28日率团对老挝进行
工作访问``): one visit, by the leader, whose name stops before 从."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南代表团访问老挝\n\n越通社河内——应老挝人民革命党中央委员会的邀请,越共中央书记处书记、"
    "中央组织部部长黎明山从4月25日至28日率团对老挝进行工作访问。\n\n4月26日,黎明山同老挝人民革命党"
    "中央书记处书记宋赛举行会谈。(越通社——VNA)\n越通社\n"
)


def test_name_stops_before_the_days_of_the_trip() -> None:
    evs = to_record(extract(PAGE))["events"]
    names = {p["name"] for e in evs for p in e["source"]}
    assert "黎明山" in names and "黎明山从" not in names, evs


def test_headline_delegation_visit_is_the_leaders_visit() -> None:
    evs = to_record(extract(PAGE))["events"]
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["黎明山"]], visits


ENTOURAGE = (
    "越南国会主席访问泰国\n\n越通社河内——应泰国国会邀请,国会主席黎明山率领越南国会代表团自2019年3月4日至7日"
    "对泰国进行正式访问。\n陪同黎明山访问泰国的有: 国会对外委员会主任阮文成;国会秘书长阮幸安等。(越通社——VNA)\n越通社\n"
)


def test_members_listed_as_accompanying_the_leader_make_no_visit() -> None:
    evs = to_record(extract(ENTOURAGE))["events"]
    assert [[p["name"] for p in e["source"]] for e in evs if e["mode"] == "visit"] == [["黎明山"]], evs


def test_headline_office_without_name_is_the_leaders_visit() -> None:
    evs = to_record(extract(ENTOURAGE))["events"]
    assert len([e for e in evs if e["mode"] == "visit"]) == 1, evs
