"""A country's name read inside a person's name (阿巴西: 巴西) does not give the next office its country."""

from __future__ import annotations

from dyad import extract, to_record


def test_country_name_inside_a_person_name_is_no_body() -> None:
    body = (
        "2019年8月14日,越南外交部长向巴基斯坦总理伊姆兰阿巴西(Imran Abbasi)和外交国务部长哈米德·汗"
        "(Hamid Khan)致贺电。"
    )
    text = f"越南领导人致电祝贺\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert evs
    countries = {p["name"]: p["country"] for p in evs[0]["target"]}
    assert countries.get("哈米德·汗") == "PAK", evs


def test_office_then_a_space_then_the_name() -> None:
    body = "2019年8月14日,越南国家主席向斯里兰卡总统 穆罕默德·拉希德(Mohamed Rasheed)致慰问电。"
    text = f"越南领导人致电慰问\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert evs
    (guest,) = evs[0]["target"]
    assert (guest["name"], guest["title"], guest["country"]) == ("穆罕默德·拉希德", "斯里兰卡总统", "LKA")
