"""A meeting reported and then said to adopt or issue a document (会议发表了联合声明) does so too
when an adverb stands before the verb (会议已发表了…) or when the sentence opens on the day alone,
its month told with the meeting the sentence before (3日,会议发表了…): an adoption at the forum,
multilateral, the forum its target. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"地区合作新闻\n\n越通社万象——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _adoptions(evs: list[dict[str, Any]]) -> list[tuple[str | None, list[str]]]:
    return [(e["mode"], [p["name"] for p in e["target"]]) for e in evs if e["type"] == "AGREE"]


def test_meeting_that_has_issued_a_statement_adopts_it() -> None:
    evs = _main("第九次湄公河领导人会议于2031年5月3日在万象举行。会议已发表了联合声明。")
    assert _adoptions(evs) == [("multilateral", ["第九次湄公河领导人会议"])]


def test_meeting_issuing_a_statement_on_a_day_told_alone() -> None:
    evs = _main("第九次湄公河领导人会议于2031年5月2日至3日在万象举行。3日,会议发表了联合声明,旨在加强合作。")
    (agree,) = [e for e in evs if e["type"] == "AGREE"]
    assert (agree["mode"], [p["name"] for p in agree["target"]]) == ("multilateral", ["第九次湄公河领导人会议"])
    assert agree["date"] == "2031-05-03"
