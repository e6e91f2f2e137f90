"""Peacekeeping units sent to UN missions, letters read out at ceremonies, UN envoys calling on
hosts and naval passing exercises: each rule on a sentence written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南加强国防合作") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] != "OTHER"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_unit_sent_to_un_mission_is_peacekeeping_aid_to_the_mission() -> None:
    evs = events_of("2024年8月9日,越南国防部在河内举行仪式,欢送第三批工兵分队赴联合国阿卜耶伊临时安全部队执行维和任务。")
    aid = [e for e in evs if e["type"] == "AID"]
    assert len(aid) == 1, evs
    assert names(aid[0]["source"]) == ["越南国防部"]
    assert names(aid[0]["target"]) == ["联合国阿卜耶伊临时安全部队"]


def test_field_hospital_sent_to_un_mission_by_its_short_name() -> None:
    evs = events_of("2023年4月20日,越南国防部派遣第五批二级野战医院赴联合国南苏丹特派团执行维和任务。")
    aid = [e for e in evs if e["type"] == "AID"]
    assert len(aid) == 1, evs
    assert names(aid[0]["target"]) == ["联合国南苏丹特派团"]


def test_letter_read_out_is_a_message_from_its_writer() -> None:
    evs = events_of(
        "2024年8月9日,联合国驻越南协调员宝琳·塔梅西斯在仪式上宣读了联合国秘书长安东尼奥·古特雷斯致越南国防部长的贺信。"
    )
    msg = [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"]
    assert len(msg) == 1, evs
    assert names(msg[0]["source"]) == ["安东尼奥·古特雷斯"]
    assert names(msg[0]["target"]) == ["越南国防部"]


def test_un_envoy_posted_to_vietnam_is_the_caller() -> None:
    evs = events_of("2024年8月9日上午,越南国防部副部长黄春战会见了联合国驻越南协调员宝琳·塔梅西斯。")
    ev = [e for e in evs if e["type"] == "CONSULT"]
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["宝琳·塔梅西斯"]
    assert names(ev[0]["target"]) == ["黄春战"]


def test_naval_passing_exercise_is_military_cooperation() -> None:
    evs = events_of("2024年3月12日,日本海上自卫队舰艇离港时与越南人民海军舰艇在金兰湾附近海域举行了海上通道演练。")
    coop = [e for e in evs if e["type"] == "COOPERATE"]
    assert len(coop) == 1, evs
    assert "越南人民海军" in names(coop[0]["source"]) + names(coop[0]["target"])


def test_port_left_is_no_side_of_the_exercise() -> None:
    evs = events_of(
        "法国海军“葡月”号护卫舰于2024年3月12日至15日对岘港市进行友好访问。"
        "3月15日,舰艇离开岘港时,与越南人民海军舰艇在岘港附近海域举行了海上通道演练。"
    )
    coop = [e for e in evs if e["type"] == "COOPERATE"]
    assert len(coop) == 1, evs
    assert "岘港" not in names(coop[0]["source"]) + names(coop[0]["target"])
