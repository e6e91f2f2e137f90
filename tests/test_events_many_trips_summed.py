"""Trips summed up as many (``我多次访问北宁省``) with no time in the sentence are undated background,
left out by the annotators even without 曾; a dated trip and the story's own visit stay."""

from __future__ import annotations

from dyad import extract, to_record

HEAD = "大使谈两国合作\n\n越通社河内——2024年5月6日,老挝驻越南大使接受记者采访。\n\n"


def _visits(body: str) -> list[dict]:
    return [e for e in to_record(extract(HEAD + body + "\n"))["events"] if e["mode"] == "visit"]


def test_many_undated_trips_are_background() -> None:
    assert _visits("到任以来,老挝驻越南大使宋蓬多次访问北宁省和太原省,了解投资环境。") == []


def test_the_story_visit_after_many_statements_stays() -> None:
    evs = _visits("宋蓬多次表示,老挝国家主席通伦于2024年5月3日至5日对越南进行国事访问。")
    assert evs and evs[0]["date"] == "2024-05-03/2024-05-05", evs
