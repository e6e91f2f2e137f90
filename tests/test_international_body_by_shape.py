"""An international body the tables do not know, read by the shape of its name in an office chain."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]


def test_unknown_body_posted_to_viet_nam_is_no_vietnamese_side() -> None:
    text = (
        "越南政府副总理会见国际稻米研究联盟代表\n\n"
        "越通社河内——3月9日上午,越南政府副总理黎文明在河内会见了国际稻米研究联盟驻越南首席代表约翰·史密斯。"
        "(越通社-VNA)\n"
    )
    evs = _meetings(text)
    assert evs, evs
    e = evs[0]
    assert [p["name"] for p in e["source"]] == ["约翰·史密斯"], e
    assert e["source"][0]["country"] is None, e
    assert [p["name"] for p in e["target"]] == ["黎文明"], e


def test_unknown_regional_body_office_calls_on_the_host() -> None:
    text = (
        "河内市领导会见世界湿地保护组织代表\n\n"
        "越通社河内——越南河内市人民委员会主席黎文明8月3日会见了世界湿地保护组织亚太地区办事处主任安娜·米勒。"
        "(越通社-VNA)\n"
    )
    evs = _meetings(text)
    assert evs, evs
    assert [p["name"] for p in evs[0]["source"]] == ["安娜·米勒"], evs


def test_a_bare_department_of_the_ministry_stays_vietnamese() -> None:
    text = (
        "越南外交部官员会见老挝大使\n\n"
        "越通社河内——3月9日,国际合作局局长黎文明在河内会见了老挝驻越南大使宋沙·本潘。(越通社-VNA)\n"
    )
    people = {p["name"]: p["country"] for e in _meetings(text) for p in e["source"] + e["target"]}
    assert people.get("黎文明") == "VNM", people
