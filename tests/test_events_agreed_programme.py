"""``会谈上,双方一致同意…。双方联合举办庆祝…节日的活动,维持…互访``: the joint activities listed
after the sides agreed are the programme agreed in the talks, not events of their own."""

from __future__ import annotations

from dyad import extract, to_record


def _types(text: str) -> list[str]:
    return [e["type"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


_PAGE = (
    "莱州省与老挝丰沙里省加强合作\n\n越通社莱州省——4月3日上午,莱州省委书记阮文明与老挝丰沙里省委书记坎占举行会谈。"
    "\n\n会谈上,{agreed}双方联合举办庆祝两省重大节日的活动,保持各级代表团互访。(越通社-VNA)\n越通社\n"
)


def test_joint_activities_agreed_in_talks_are_no_events() -> None:
    assert _types(_PAGE.format(agreed="双方一致同意加强宣传工作。")) == ["CONSULT"]


def test_a_joint_activity_told_as_done_is_kept() -> None:
    assert "COOPERATE" in _types(_PAGE.format(agreed="双方介绍了各自情况。"))
