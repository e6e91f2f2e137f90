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


def test_bare_subject_before_yi_is_the_name_without_it() -> None:
    body = (
        "越南外交部副部长黎明山5月3日会见了泰国驻越南大使。当天,黎明山已在政府国宾馆会见了"
        "正对越南进行工作访问的老挝外交部副部长通潘·西萨。"
    )
    text = f"越南副外长会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    people = {p["name"] for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]}
    assert "黎明山已" not in people and "黎明山" in people, people
