"""Meetings held "at the many meetings of a kind" (两国领导还在各场国际会议间隙举行会晤) are a practice,
none of them told, like those held 经常 or 定期. A meeting told on its day stays. Sentences written
for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    rec = to_record(extract(f"两国关系\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "CONSULT"]


_VISIT = "应芬兰议会议长马蒂·科斯基(Matti Koski)的邀请,越南国会主席阮文甲于6月3日至4日对芬兰进行正式访问。"


def test_meetings_at_the_many_forums_are_a_practice() -> None:
    for practice in ("两国高层领导还在各场国际会议间隙举行会晤。", "两国领导人在各种多边场合举行会谈。"):
        found = _meetings(_VISIT + "两国各级代表团保持互访。" + practice)
        assert [e["mode"] for e in found] == ["visit"], found


def test_a_meeting_told_on_its_day_stays() -> None:
    found = _meetings("3月5日,越南国家主席阮文甲在河内会见了老挝国会主席宋本·西帕(Sombun Sipha)。")
    assert len(found) == 1, found
