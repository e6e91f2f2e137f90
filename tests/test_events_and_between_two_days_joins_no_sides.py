"""A 和 that joins two days (媒体11月15日和16日报道,A将于…对印度进行国事访问) joins no sides: the
visit told after it is A's, to India, as it is when the days are joined by 至."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_two_days_joined_by_he_before_a_planned_visit() -> None:
    evs = main_events("印度报纸11月15日和16日报道,越南国家主席阮明光将于11月19日至22日对印度进行国事访问。")
    vis = [e for e in evs if e["mode"] == "visit"]
    assert len(vis) == 1, evs
    assert [p["name"] for p in vis[0]["source"]] == ["阮明光"], vis
    assert [p["country"] for p in vis[0]["target"]] == ["IND"], vis


def test_he_between_two_people_still_joins_sides() -> None:
    evs = main_events("11月15日,越南国家主席阮明光和印度总理拉姆·辛格在河内举行会谈。")
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    names = {p["name"] for p in talks[0]["source"] + talks[0]["target"]}
    assert names == {"阮明光", "拉姆·辛格"}, talks
