"""An invitation to visit told as a noun (访越邀请, 访华邀请) is no visit."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"越南副总理会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_an_invitation_to_visit_viet_nam_passed_on_is_no_visit() -> None:
    body = "越南政府副总理陈文明6月3日会见了匈牙利外交部长山多尔·科瓦奇。陈文明转达了越南政府总理范文林的访越邀请。"
    assert _visits(body) == [], _visits(body)


def test_an_invitation_to_visit_china_passed_on_is_no_visit() -> None:
    body = "越南政府副总理陈文明6月3日会见了中国驻越南大使王刚。王刚转达了中国国务院副总理对陈文明的访华邀请。"
    assert _visits(body) == [], _visits(body)


def test_a_visit_to_viet_nam_is_still_a_visit() -> None:
    body = "应越南政府副总理陈文明的邀请,匈牙利外交部长山多尔·科瓦奇于6月2日至4日访越。"
    assert _visits(body), body
