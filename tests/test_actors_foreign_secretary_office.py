"""``外交秘书`` (the Foreign Secretary of a South Asian country) is an office: the person after it
keeps the country and the office written before the name."""

from __future__ import annotations

from dyad import extract, to_record


def test_foreign_secretary_is_an_office() -> None:
    text = (
        "两国加强合作\n\n越通社河内——2019年8月,越南外交部副部长陈文甲与孟加拉国外交秘书穆罕默德·拉希德·汗"
        "(Mohammad Rashid Khan)在达卡共同主持两国外交部第二次政治磋商会议。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    other = [m for e in evs for m in e["source"] + e["target"] if m["name"] == "穆罕默德·拉希德·汗"]
    assert other
    assert other[0]["country"] == "BGD"
    assert other[0]["title"] == "孟加拉国外交秘书"
