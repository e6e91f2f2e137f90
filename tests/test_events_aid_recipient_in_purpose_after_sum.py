"""A sum given with no recipient before it (``A还提供超过N美元,增强B军民的应急能力``) goes to the
country its purpose clause names right after the sum; the giver's own country is never taken."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "挪威切实支持老挝克服灾害后果\n\n"
    "越通社河内——挪威驻老挝大使馆10月17日发布的信息称,挪威向老挝提供10万美元的援助款项。\n\n"
    "自2003年,挪威开发署通过人道援助活动向老挝提供超过1600万美元的援助资金,协助老挝应对自然灾害后果。"
    "自2005年,挪威政府还提供超过1200万美元,增强老挝军民的应急能力。(完)\n\n越通社\n"
)


def _aid() -> dict[str, list[str]]:
    return {
        e["source"][0]["name"]: [p["name"] for p in e["target"]]
        for e in to_record(extract(PAGE))["events"]
        if e["type"] == "AID" and e["source"]
    }


def test_the_purpose_clause_names_the_recipient() -> None:
    aid = _aid()
    assert aid.get("挪威政府") == ["老挝"], aid


def test_a_purpose_naming_the_giver_lends_no_recipient() -> None:
    page = PAGE.replace("增强老挝军民", "增强挪威救援队")
    aid = {
        e["source"][0]["name"]: [p["name"] for p in e["target"]]
        for e in to_record(extract(page))["events"]
        if e["type"] == "AID" and e["source"]
    }
    assert "挪威" not in aid.get("挪威政府", []), aid
