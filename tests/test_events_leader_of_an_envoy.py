"""``A总书记特使B``: B is the envoy who acts; A, the leader who sent him, stays home and is no
side of the talks B holds (as ``作为A的特使,B…`` already reads)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_leader_named_before_his_envoy_is_no_side() -> None:
    evs = main_events("3月5日下午,苏林总书记特使、外交部长陈文丙在万象与老挝外交部长沙伦赛·贡玛西举行了会谈。")
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert [[p["name"] for p in e["source"]] for e in ev] == [["陈文丙"]], evs


def test_envoy_named_right_after_the_office() -> None:
    evs = main_events("在对老挝进行访问框架内,外交部长、苏林总书记特使陈文丙于3月5日下午与老挝外交部长沙伦赛·贡玛西举行了会谈。")
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert [[p["name"] for p in e["source"]] for e in ev] == [["陈文丙"]], evs
