"""The acts an invitation names (发出访问…的邀请, 转达了对X访问…的邀请) are not done."""

from __future__ import annotations

from test_events import events_of


def test_invitation_to_visit_and_cochair_is_no_visit_or_meeting() -> None:
    evs = events_of(
        "2022年5月30日,越南外交部长裴青山会见了新西兰外交部副部长约翰·布朗。"
        "裴青山向新西兰外交部长玛丽·格林发出访问越南并共同主持计划于2022年底举行的越新联合委员会第5次会议的邀请。"
    )
    assert [e["mode"] for e in evs] == ["meeting"], evs


def test_conveyed_invitation_is_no_visit() -> None:
    evs = events_of(
        "2022年5月30日,越南外交部长裴青山会见了新西兰外交部副部长约翰·布朗。"
        "裴青山转达了对新西兰外交部长玛丽·格林访问越南的邀请。"
    )
    assert [e["mode"] for e in evs] == ["meeting"], evs
