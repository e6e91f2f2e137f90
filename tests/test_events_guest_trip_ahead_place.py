"""A guest described by a trip still ahead (``拜会了即将对越南进行正式访问的X``) is not met in the country
of that trip: the meeting stays where the story is told."""

from __future__ import annotations

from dyad import extract, to_record


def _places(body: str) -> list[str | None]:
    text = f"会见纪要\n\n越通社首尔——{body}\n"
    return [e["location"] for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_guest_whose_trip_is_ahead_is_met_at_home() -> None:
    body = "6月3日上午,越南驻韩国大使阮文甲拜会了即将对越南进行正式访问的韩国国会议长金成浩。"
    assert _places(body) == ["首尔"]


def test_guest_on_the_trip_now_is_met_there() -> None:
    body = "6月3日上午,越南国会主席阮文甲会见了正在对越南进行正式访问的韩国国会议长金成浩。"
    assert _places(body) == ["越南"]
