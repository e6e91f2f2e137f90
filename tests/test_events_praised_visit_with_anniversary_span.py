"""A visit praised at length in talks (``高度评价X代表团恰逢…周年(1966-2016)之际对越南进行的访问``)
is the story's visit told again, not a visit of its own; the bracketed years of an anniversary
date no act; and a dot name the tenure table knows whole (巴妮·雅陶都) is never cut before 都."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越老国会会谈\n\n越通社河内——应越南国会主席阮氏金银的邀请,老挝国会主席巴妮·雅陶都从8月8日至11日"
    "对越南进行正式友好访问。\n\n欢迎仪式结束后,阮氏金银与巴妮·雅陶都举行会谈。\n\n"
    "会谈时,阮氏金银表示,越南党、国家和国会十分重视并高度评价老挝国会代表团恰逢越南国会和老挝国会"
    "建立关系50周年(1966-2016)之际对越南进行的访问。\n\n(越通社——VNA)\n越通社\n"
)


def _events() -> list[dict]:
    return [e for e in to_record(extract(PAGE))["events"] if e["section"] == "main"]


def test_the_praised_visit_is_no_event_of_its_own() -> None:
    evs = _events()
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert [p["name"] for p in visits[0]["source"]] == ["巴妮·雅陶都"]
    assert not any((e.get("date_start") or "").startswith("1966") for e in evs), evs


def test_a_known_name_ending_in_du_is_whole_before_a_verb() -> None:
    talks = [e for e in _events() if e["mode"] == "talks"]
    assert talks, _events()
    assert "巴妮·雅陶都" in [p["name"] for e in talks for p in e["source"] + e["target"]], talks
