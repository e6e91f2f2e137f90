"""Real-page audit (h91): ``胡志明主席与X座谈会…举行`` decades after 1969 is a seminar about two late
leaders, no meeting between them: an event dated after the death (``anniversaries.tsv``) of one of
its people is dropped. The same leader's meetings dated in his lifetime stay."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    rec = to_record(extract(f"座谈会在智利举行\n\n越通社圣地亚哥——{body}\n"))
    return [e for e in rec["events"] if e["section"] == "main"]


def test_seminar_named_after_late_leaders_is_no_meeting() -> None:
    got = _events("2019年5月20日,胡志明主席与何塞·马蒂思想座谈会在智利圣地亚哥举行。")
    assert not [e for e in got if any(m["name"] == "胡志明" for m in e["source"] + e["target"])], got


def test_meeting_in_the_leaders_lifetime_stays() -> None:
    got = _events("2018年3月29日,越共中央总书记阮富仲在哈瓦那与古巴国务委员会主席劳尔·卡斯特罗举行会谈。")
    assert any(any(m["name"] == "阮富仲" for m in e["source"] + e["target"]) for e in got), got
