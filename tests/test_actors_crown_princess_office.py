"""``女王储`` (a crown princess who is heir to the throne) and ``王储妃`` (a crown prince's wife)
are offices: the name after them is read whole, not as a person starting with 储 or 妃 after
the shorter title 女王 or 王储."""

from __future__ import annotations

from dyad import extract, to_record


def _people(text: str) -> dict[str, dict]:
    evs = to_record(extract(text))["events"]
    return {m["name"]: m for e in evs for m in e["source"] + e["target"]}


def test_crown_princess_heir_is_an_office() -> None:
    text = (
        "女王储访问越南\n\n越通社河内——应越南国家副主席陈氏甲邀请,挪威女王储英格丽德·玛丽亚"
        "(Ingrid Maria)于3月4日至6日对越南进行正式访问。(越通社——VNA)\n越通社\n"
    )
    people = _people(text)
    assert "英格丽德·玛丽亚" in people
    assert people["英格丽德·玛丽亚"]["title"] == "挪威女王储"
    assert people["英格丽德·玛丽亚"]["country"] == "NOR"


def test_crown_prince_wife_is_an_office() -> None:
    text = (
        "丹麦王储妃访问越南\n\n越通社河内——4月9日,越南国家副主席陈氏甲在河内会见正在对越南进行访问的"
        "丹麦王储妃卡琳娜·索菲(Karina Sofie)。(越通社——VNA)\n越通社\n"
    )
    people = _people(text)
    assert "卡琳娜·索菲" in people
    assert people["卡琳娜·索菲"]["title"] == "丹麦王储妃"
