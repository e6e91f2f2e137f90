"""A call made during a trip framed by its inviter (应X邀请对老挝进行工作访问期间,A礼节性拜访B):
the one called on is B, not the inviter X; the framed trip itself is the visit when told nowhere else."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"老挝领导会见河内市领导\n\n{body}\n\n越通社万象——{body}(越通社-VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


BODY = "应老挝万象市委书记辛拉冯邀请对老挝进行工作访问期间,河内市委书记黄忠海3月4日下午礼节性拜访老挝国家主席本扬·沃拉吉。"


def test_the_one_called_on_is_not_the_inviter() -> None:
    meetings = [e for e in _events(BODY) if e["mode"] == "meeting"]
    assert meetings, meetings
    assert [p["name"] for p in meetings[0]["target"]] == ["本扬·沃拉吉"], meetings


def test_the_invited_trip_frame_is_the_visit() -> None:
    visits = [e for e in _events(BODY) if e["mode"] == "visit"]
    assert len(visits) == 1, visits
    assert [p["name"] for p in visits[0]["source"]] == ["黄忠海"], visits
