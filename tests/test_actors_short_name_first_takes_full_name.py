"""A person first named short with an office (``澳总理莫里森访越`` in the title) and in full in the
body (``澳大利亚总理斯科特·莫里森``) is one person, named in full wherever the short form stands."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_short_title_name_takes_the_full_name_of_the_body() -> None:
    text = (
        "越南驻澳大使:澳总理莫里森访越将为双方合作注入新动能\n\n越通社河内——应越南政府总理阮春福的邀请,"
        "澳大利亚总理斯科特·莫里森(Scott Morrison)将于8月22日至24日对越南进行正式访问。\n\n(越通社——VNA)\n越通社\n"
    )
    record = to_record(extract(text))
    visits = [e for e in record["events"] if e["mode"] == "visit"]
    assert visits, record["events"]
    assert [p["name"] for p in visits[0]["source"]] == ["斯科特·莫里森"], visits
    people = [a for a in record["actors"] if a.get("kind", "person") == "person"]
    assert [a["name"] for a in people if "莫里森" in a["name"]] == ["斯科特·莫里森"], people


def test_a_name_written_with_either_dot_is_one_person() -> None:
    text = (
        "老挝国家主席会见越南代表团\n\n越通社万象——5月3日,老挝人民革命党中央总书记、国家主席宋赛·西潘敦会见了越南代表团。"
        "\n\n宋赛•西潘敦表示,老越关系不断发展。\n\n(越通社——VNA)\n越通社\n"
    )
    record = to_record(extract(text))
    people = {(a["name"], a["country"]) for a in record["actors"] if "西潘敦" in a["name"]}
    assert len(people) == 1 and next(iter(people))[1] == "LAO", people


def test_a_short_name_takes_a_full_name_written_with_the_round_dot() -> None:
    text = (
        "澳总理莫里森访越\n\n越通社河内——应越南政府总理阮春福的邀请,澳大利亚总理斯科特•莫里森将于8月22日至24日"
        "对越南进行正式访问。\n\n(越通社——VNA)\n越通社\n"
    )
    record = to_record(extract(text))
    assert {a["name"] for a in record["actors"] if "莫里森" in a["name"]} == {"斯科特•莫里森"}, record["actors"]
