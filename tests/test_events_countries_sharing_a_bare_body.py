"""A bare body (国会, 政府) named once after a list of countries (``老挝、柬埔寨和印尼国会领导人``)
belongs to each of them: the sides are the countries, not a countryless ``国会``, and the
meetings told one by one after the summary are kept."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国会副主席出席某对话会\n\n"
    "越通社河内5月10日——在印度尼西亚某市举行的峰会框架内,当地时间5月10日,越南国会副主席黎文甲出席"
    "东盟议会联盟大会对话会。在此期间,越南国会副主席黎文甲分别与老挝、柬埔寨和印度尼西亚国会领导人"
    "举行双边会晤,旨在推动合作。\n\n"
    "越南国会副主席黎文甲在与柬埔寨国会委员会主席苏甲(Sou Ka)的双边会晤上表示,越南重视与柬埔寨的关系。\n\n"
    "越南国会副主席黎文甲在与老挝国会副主席宋乙·通丙(Song Tongbing)举行双边会晤时高度赞赏两国国会的"
    "全面合作。(越通社——VNA)\n"
)


def _sides(e: dict) -> list[str]:
    return [p["name"] for p in e["source"] + e["target"]]


def test_no_countryless_legislature_as_a_side() -> None:
    events = to_record(extract(PAGE))["events"]
    met = [e for e in events if e["mode"] == "meeting"]
    assert met, events
    assert not any("国会" in _sides(e) for e in met), met


def test_each_meeting_told_after_the_summary_is_kept() -> None:
    events = to_record(extract(PAGE))["events"]
    met = [e for e in events if e["mode"] == "meeting"]
    assert any("宋乙·通丙" in _sides(e) for e in met), met
    assert any("苏甲" in _sides(e) for e in met), met
