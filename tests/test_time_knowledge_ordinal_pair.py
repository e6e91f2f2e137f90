"""Two numbered meetings named together with the series written once after the second number
(``第38届和39届东南亚国家联盟(东盟)峰会``) are found as the numbered series, so a summit held
abroad (online, from Brunei) lends no dateline city to the leader who attends it. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record
from dyad.extraction.time_knowledge import find_meetings


def test_pair_of_ordinals_names_the_series() -> None:
    text = "第38届和39届东南亚国家联盟(东盟)峰会以视频形式举行。"
    facts = find_meetings(text, 0, len(text))
    assert facts and facts[0].year == 2021
    assert facts[0].text.startswith("第38届和39届")


def test_pair_with_second_di_still_found() -> None:
    text = "第44届和第45届东盟峰会在万象开幕。"
    assert {f.year for f in find_meetings(text, 0, len(text))} == {2024}


def _main(body: str) -> list[dict[str, Any]]:
    text = f"东盟团结与合作\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_online_summit_held_abroad_has_no_dateline_place() -> None:
    evs = _main(
        "10月26日,在东盟轮值主席国文莱的主持下,第38届和39届东南亚国家联盟(东盟)峰会以视频形式开幕。"
        "越南政府总理阮明山出席会议。"
    )
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert multi[0]["location"] is None
