"""A trip abroad framing the story's first sentence after its day (当地时间…下午,在对X进行正式访问期间,)
places the story in X, not in the dateline's home city."""

from __future__ import annotations

from dyad import extract, to_record


def _meeting_place(opening: str) -> str | None:
    text = f"越南国会主席会见智利总统\n\n越通社河内——{opening}越南国会主席黎文松会见了智利总统甲乙丙。(完)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs, evs
    return evs[0]["location"]


def test_a_trip_after_the_local_time_places_the_meeting_abroad() -> None:
    assert _meeting_place("当地时间5月3日上午,在对智利进行正式访问期间,") == "智利"


def test_a_trip_still_going_on_places_it_too() -> None:
    assert _meeting_place("5月3日下午,正在对智利进行正式访问的期间,") == "智利"


def test_a_trip_opened_by_zheng_alone_places_it_too() -> None:
    """``正对智利进行正式访问期间,``: 正 without 在 opens the same frame."""
    assert _meeting_place("正对智利进行正式访问期间,") == "智利"
