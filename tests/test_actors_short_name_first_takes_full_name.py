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
