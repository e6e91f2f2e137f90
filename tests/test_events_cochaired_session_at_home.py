"""A session two sides chair together (``A同B共同主持会议``) told at a place in A's country is coded
like a meeting during a visit: the side who came from abroad is the source, whichever is named
first, in the main article as in a teaser. Abroad, the visiting first-named side stays the source."""

from __future__ import annotations

from dyad import extract, to_record

AT_HOME = (
    "越智经贸合作前景广阔\n\n越通社河内——9月3日,越南-智利政府间委员会第五次会议在河内开幕。"
    "越南工贸部部长阮红延同智利经济部长卡洛斯·罗哈斯(Carlos Rojas)共同主持会议。\n\n双方同意加强合作。\n"
)
ABROAD = (
    "越智经贸合作前景广阔\n\n越通社圣地亚哥——9月3日,越南-智利政府间委员会第五次会议在圣地亚哥开幕。"
    "越南工贸部部长阮红延同智利经济部长卡洛斯·罗哈斯(Carlos Rojas)共同主持会议。\n\n双方同意加强合作。\n"
)


def _meetings(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]


def test_cochaired_session_at_home_runs_from_the_guest() -> None:
    meetings = _meetings(AT_HOME)
    assert len(meetings) == 1, meetings
    assert [p["name"] for p in meetings[0]["source"]] == ["卡洛斯·罗哈斯"], meetings
    assert [p["name"] for p in meetings[0]["target"]] == ["阮红延"], meetings


def test_cochaired_session_abroad_runs_from_the_visiting_side() -> None:
    meetings = _meetings(ABROAD)
    assert len(meetings) == 1, meetings
    assert [p["name"] for p in meetings[0]["source"]] == ["阮红延"], meetings
