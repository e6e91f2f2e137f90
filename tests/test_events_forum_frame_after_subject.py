"""A forum attended told only as the frame of a meeting, with the one attending named before the
frame (``X在出席Y期间,于…会见了Z``), is a multilateral event of X, not of the one met."""

from __future__ import annotations

from dyad import extract, to_record


def _events(page: str) -> list[dict]:
    return to_record(extract(page))["events"]


def test_subject_before_forum_frame_attends_the_forum() -> None:
    page = (
        "越南国家主席会见某国议长\n\n"
        "越通社仰光——据越通社特派记者报道,越南国家主席黎明山在出席第五届湄公河合作领导人峰会期间,"
        "于6月14日在仰光会见了缅甸联邦议会议长吴丹敏。\n\n"
        "黎明山强调,两国是好邻居。(完)\n"
    )
    events = _events(page)
    forums = [e for e in events if e["mode"] == "multilateral"]
    assert len(forums) == 1, events
    assert [s["name"] for s in forums[0]["source"]] == ["黎明山"], forums
    assert "湄公河合作领导人峰会" in forums[0]["target"][0]["name"], forums
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert [s["name"] for s in meetings[0]["source"]] == ["黎明山"], meetings


def test_frame_leading_the_clause_still_names_the_one_after() -> None:
    page = (
        "越南国会主席会见某国议长\n\n"
        "越通社日内瓦——在日内瓦出席第七届世界议长大会期间,越南国会主席黎明山会见了缅甸联邦议会议长吴丹敏。(完)\n"
    )
    forums = [e for e in _events(page) if e["mode"] == "multilateral"]
    assert forums and [s["name"] for s in forums[0]["source"]] == ["黎明山"], forums
