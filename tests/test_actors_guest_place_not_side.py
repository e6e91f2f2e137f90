"""The country a guest comes to (前来越南参加…的X, 正在越南访问的X) is not the guest's side: an
office of a body with no country stays without one, and the meeting is not dropped as domestic."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    text = f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_a_guest_come_to_attend_a_meeting_is_not_vietnamese() -> None:
    body = "3月5日,越南国家副主席阮明会见前来越南参加国际记者联合会执行委员会会议的国际记者联合会秘书长约翰·史密斯。"
    meetings = _meetings(body)
    assert meetings, meetings
    guest = [p for e in meetings for p in e["source"] + e["target"] if p["name"] == "约翰·史密斯"]
    assert guest and guest[0]["country"] != "VNM", meetings


def test_a_guest_visiting_viet_nam_is_not_vietnamese() -> None:
    body = "3月5日,越南国家副主席阮明会见正在越南访问的国际记者联合会秘书长约翰·史密斯。"
    meetings = _meetings(body)
    assert meetings, meetings
    guest = [p for e in meetings for p in e["source"] + e["target"] if p["name"] == "约翰·史密斯"]
    assert guest and guest[0]["country"] != "VNM", meetings
