"""An act told as following a meeting takes the meeting's place. Sentences written for the tests."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_signing_after_the_meeting_is_where_the_meeting_was_not_the_dateline_city() -> None:
    body = (
        "越通社东京——正在访问日本的越南国家主席黎明山2031年6月3日访问日本大阪府。"
        "当天傍晚,黎明山在大阪会见了大阪府知事山本健。\n"
        "黎明山表示,越南高度重视与日本各地方的合作。\n"
        "山本健表示,大阪府愿同越南各地加强合作。\n"
        "会见后,黎明山见证越南海防市和日本大阪府合作备忘录的签署。(越通社——VNA)"
    )
    evs = to_record(extract(f"黎明山访问日本大阪府\n\n{body}\n越通社\n"))["events"]
    signs = [e for e in evs if e["mode"] == "sign"]
    assert signs, evs
    assert signs[0]["location"] == "大阪", signs
