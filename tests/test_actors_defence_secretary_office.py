"""``国防秘书`` (the Defence Secretary of a South Asian country) is an office: the person after it
keeps the country and the office written before the name."""

from __future__ import annotations

from dyad import extract, to_record


def test_defence_secretary_is_an_office() -> None:
    text = (
        "两国防务合作\n\n越通社新德里——2018年4月9日,越南国防部副部长黎文松与印度国防秘书阿杰伊·库马尔"
        "(Ajay Kumar)在新德里举行会谈。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    other = [m for e in evs for m in e["source"] + e["target"] if m["name"] == "阿杰伊·库马尔"]
    assert other
    assert other[0]["country"] == "IND"
    assert other[0]["title"] == "印度国防秘书"
