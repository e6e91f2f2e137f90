"""A bare 主持会议 after a ministers' meeting told just before it (东盟经济部长会议) attends that
meeting, like a leaders' one; a deputy ministers' or a domestic meeting stays no event.
Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南加强区域合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_chairing_a_ministers_meeting_told_before_attends_it() -> None:
    evs = _main("8月8日,第五十届东盟经济部长会议在河内举行。越南工贸部部长陈俊英主持会议。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert [p["name"] for p in multi[0]["source"]] == ["陈俊英"]
    assert "经济部长会议" in multi[0]["target"][0]["name"]


def test_chairing_a_domestic_deputy_ministers_meeting_is_no_event() -> None:
    evs = _main("3月2日,越南工贸部副部长会议在河内召开。越南工贸部部长陈俊英主持会议。")
    assert [e for e in evs if e["type"] != "OTHER"] == [], evs
