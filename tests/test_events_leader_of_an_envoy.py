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


def test_leader_named_after_his_office_then_his_envoy() -> None:
    # "总书记A特使B": the office before the leader's name, the envoy named right after 特使
    evs = main_events(
        "6月2日上午在北京,正在访问中国的越共中央政治局委员、越共中央总书记阮富仲特使陈文丙会见了中国国家主席习近平。"
    )
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert sorted(e["mode"] for e in ev) == ["meeting", "visit"], evs
    assert all([p["name"] for p in e["source"]] == ["陈文丙"] for e in ev), evs


def test_leader_of_the_envoy_is_no_side_of_the_meeting() -> None:
    evs = main_events("10月9日下午,越共中央总书记阮富仲特使陈文丙在北京会见了中共中央总书记习近平。")
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert [[p["name"] for p in e["source"]] for e in ev] == [["陈文丙"]], evs
