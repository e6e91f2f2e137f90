"""The addressees of one message listed with commas after 向 (``分别向某国总书记A,政府总理B,国会主席C
致以贺电``) share the country named at the list's head when their own office names none."""

from __future__ import annotations

from dyad import extract, to_record


def test_comma_listed_addressees_share_the_head_country() -> None:
    text = (
        "越南领导人致贺电\n\n越通社河内——12月1日,越共中央总书记阮文甲、国家主席陈文乙分别向老挝人民革命党中央委员会"
        "总书记、国家主席坎蓬·西萨,政府总理通玛·坦冯,国会主席巴妮·亚陶都致以贺电。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert evs
    got = {m["name"]: m["country"] for m in evs[0]["target"]}
    assert got == {"坎蓬·西萨": "LAO", "通玛·坦冯": "LAO", "巴妮·亚陶都": "LAO"}


def test_comma_list_without_a_message_keeps_its_own_countries() -> None:
    text = (
        "越南国家主席会见外宾\n\n越通社河内——12月1日,越南国家主席陈文乙会见了老挝国家主席坎蓬·西萨,"
        "政府总理通玛·坦冯出席。(越通社——VNA)\n越通社\n"
    )
    people = {m["name"]: m for e in to_record(extract(text))["events"] for m in e["source"] + e["target"]}
    assert people["坎蓬·西萨"]["country"] == "LAO"
    assert "通玛·坦冯" not in people or people["通玛·坦冯"]["country"] != "LAO"
